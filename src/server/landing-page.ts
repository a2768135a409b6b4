/**
 * The page at `/`: what the service is, links to the query workbench and the graph explorer, where to
 * send queries, and a small query runner. Plain HTML with inline script and no external assets, so it
 * works on a machine with no internet.
 */
export function renderLandingPage(options: { storeKind: string }): string {
  const example = `{
  entity(id: "city:wenzhou") {
    name
    relationships(types: [COOPERATES_WITH]) {
      edges {
        other { id name }
        node { evidence { quote section } }
      }
    }
  }
}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>yrd-graph</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2330; }
  h1 { margin-bottom: 0; } .sub { color: #5a6478; margin-top: .2rem; }
  textarea, pre { width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, monospace; }
  textarea { height: 16rem; padding: .6rem; } pre { background: #f4f6fa; padding: .8rem; overflow: auto; max-height: 28rem; }
  button { font-size: 15px; padding: .4rem 1.2rem; margin: .5rem 0; }
  code { background: #f4f6fa; padding: 0 .25rem; }
  .tools { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
  .tools a { flex: 1 1 16rem; padding: .7rem .9rem; border: 1px solid #c9d3e6; border-radius: 6px; color: #1d2330; text-decoration: none; }
  .tools a:hover, .tools a:focus { border-color: #3b6fd8; background: #f4f7fe; }
</style>
</head>
<body>
<h1>yrd-graph</h1>
<p class="sub">A knowledge graph of Wenzhou's plan for merging into the integrated development of the Yangtze River Delta, served over GraphQL (store: <strong>${escapeHtml(options.storeKind)}</strong>).</p>
<nav class="tools" aria-label="Tools">
<a href="/graphiql/"><strong>Query workbench</strong> (GraphiQL): schema docs, completion, the example queries, headers for a key</a>
<a href="/explorer/"><strong>Graph explorer</strong>: search, expand and read the evidence, drawn as a graph</a>
</nav>
<p>Send queries to <code>POST /graphql</code> (queries also by <code>GET /graphql?query=…</code>). Health: <a href="/health">/health</a>, readiness: <a href="/ready">/ready</a>.</p>
<form id="runner">
<label for="query">Or run a query here</label>
<textarea id="query" name="query" spellcheck="false">${escapeHtml(example)}</textarea>
<button type="submit">Run</button>
</form>
<pre id="result" aria-live="polite"></pre>
<script>
  document.getElementById('runner').addEventListener('submit', async (event) => {
    event.preventDefault();
    const out = document.getElementById('result');
    out.textContent = 'Running…';
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query: document.getElementById('query').value }),
      });
      out.textContent = JSON.stringify(await response.json(), null, 2);
    } catch (error) {
      out.textContent = String(error);
    }
  });
</script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
