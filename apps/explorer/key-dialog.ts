import { readCredential, writeCredential, type Credential } from './credentials.js';
import { byId } from './element.js';

/**
 * The "Key" dialog: where an analyst enters the API key or bearer token the server asks for. It is kept
 * for this tab only (sessionStorage) and sent with every request. `onChange` runs after saving or
 * forgetting, so the page can retry what failed.
 */
export function attachKeyDialog(onChange: () => void): void {
  const dialog = byId<HTMLDialogElement>('key-dialog');
  const form = byId<HTMLFormElement>('key-form');
  const secret = byId<HTMLInputElement>('key-secret');
  const open = byId<HTMLButtonElement>('key-open');
  const state = byId('key-state');

  const show = () => {
    const credential = readCredential();
    open.textContent = credential ? 'Key ✓' : 'Key';
    open.setAttribute('aria-label', credential ? 'Key entered for this session' : 'Enter a key');
    state.textContent = credential
      ? `A ${credential.scheme === 'bearer' ? 'bearer token' : 'key'} is set for this tab.`
      : 'No key is set.';
  };
  show();

  open.addEventListener('click', () => {
    const credential = readCredential();
    secret.value = credential?.secret ?? '';
    const scheme = form.querySelector<HTMLInputElement>(
      `input[name=scheme][value="${credential?.scheme ?? 'api-key'}"]`,
    );
    if (scheme) scheme.checked = true;
    dialog.showModal();
    secret.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === 'cancel') {
      dialog.close();
      return;
    }
    const scheme = new FormData(form).get('scheme') === 'bearer' ? 'bearer' : 'api-key';
    const next: Credential | null =
      submitter?.value === 'forget' || secret.value.trim() === ''
        ? null
        : { scheme, secret: secret.value.trim() };
    writeCredential(next);
    dialog.close();
    show();
    open.focus();
    onChange();
  });
}
