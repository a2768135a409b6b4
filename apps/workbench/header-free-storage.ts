/**
 * The browser storage GraphiQL keeps its tabs and history in, minus every `headers` field. GraphiQL's
 * `shouldPersistHeaders: false` keeps headers out of the saved tabs, but its history plugin still
 * saves each run's headers, and with them the key or token typed into the headers editor. Headers
 * here live only in the page's memory.
 */
export interface GraphiQLStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
  length: number;
}

/** Wraps `storage` (GraphiQL's keys only, all prefixed `graphiql:`) so no saved value holds headers. */
export function createHeaderFreeStorage(storage: Storage): GraphiQLStorage {
  const ownKeys = () => Object.keys(storage).filter((key) => key.startsWith('graphiql:'));
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, withoutHeaders(value)),
    removeItem: (key) => storage.removeItem(key),
    clear: () => ownKeys().forEach((key) => storage.removeItem(key)),
    get length() {
      return ownKeys().length;
    },
  };
}

function withoutHeaders(value: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    // Plain strings (a query, the theme) carry no headers.
    return value;
  }
  return JSON.stringify(parsed, (key, field: unknown) => (key === 'headers' ? undefined : field));
}
