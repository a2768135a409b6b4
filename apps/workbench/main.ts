/**
 * The query workbench at /graphiql: GraphiQL (schema docs, completion, history, a headers editor)
 * against this service's /graphql, with the `examples/` operations preloaded as tabs. Everything it
 * needs is in this bundle, so it works with no network but the service's own.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { createHeaderFreeStorage } from './header-free-storage.js';
import { attachEditorEscape } from './editor-escape.js';
import { nameEditorInputs } from './editor-names.js';
import { attachSkipLink } from './skip-link.js';
import './workbench.css';

/** Put here at build time by scripts/build-workbench.ts, from examples/. */
declare const EXAMPLE_TABS: { query: string; variables: string }[];

// A POST with `content-type: application/json` is not a "simple" request, so it passes Apollo's
// CSRF prevention without the apollo-require-preflight header.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });

const skipLink = document.getElementById('skip-link');
// CodeMirror 5 types into a hidden textarea: focusing it is what a click in the editor does.
if (skipLink instanceof HTMLAnchorElement)
  attachSkipLink(skipLink, () => document.querySelector('.graphiql-query-editor textarea'));

const editorKeys = document.getElementById('editor-keys');
if (editorKeys) attachEditorEscape(document, editorKeys);

const root = document.getElementById('graphiql');
if (root) {
  nameEditorInputs(root);
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: EXAMPLE_TABS.map((tab) => ({ ...tab, headers: '' })),
      // A key or token typed in the headers editor stays in this page's memory: never in storage.
      shouldPersistHeaders: false,
      storage: createHeaderFreeStorage(window.localStorage),
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: true,
    }),
  );
}
