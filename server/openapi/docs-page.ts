/**
 * GET /api/docs: the API as one readable page, rendered on the server from the generated OpenAPI
 * document (so it can never disagree with it). Plain semantic HTML: no script, no external asset.
 */
import { API, openApiPath, type EndpointDef } from '../../shared/api';
import { openApiDocument, whoMayCall } from './document';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Escaped text with `backticks` shown as code. */
const prose = (s: string) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');
const json = (v: unknown) => `<pre>${esc(JSON.stringify(v, null, 2))}</pre>`;

type Operation = {
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  parameters?: { name: string; in: string; schema: unknown; required?: boolean }[];
};

function section(id: string, e: EndpointDef, op: Operation): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''}): ` +
        `<code>${esc(JSON.stringify(p.schema))}</code></li>`,
    )
    .join('');
  const body = op.requestBody
    ? Object.entries(op.requestBody.content)
        .map(([type, c]) => `<h4>Request body (${esc(type)})</h4>${json(c.schema)}`)
        .join('')
    : '';
  const responses = Object.entries(op.responses)
    .map(([status, r]) => {
      const content = Object.entries(r.content ?? {})
        .map(([type, c]) => `<details><summary>${esc(type)}</summary>${json(c.schema)}</details>`)
        .join('');
      return `<li><strong>${esc(status)}</strong>${content}</li>`;
    })
    .join('');
  return `<section id="${esc(id)}"><h3><code>${e.method.toUpperCase()} ${esc(e.path)}</code></h3>
<p>${prose(e.summary)}</p><p><em>${esc(whoMayCall(e))}</em>${e.description ? ` ${prose(e.description)}` : ''}</p>
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}${body}<h4>Responses</h4><ul>${responses}</ul></section>`;
}

let cached: string | undefined;

/** The page (rendered on first use). */
export function docsPage(): string {
  if (cached) return cached;
  const doc = openApiDocument();
  const byTag = new Map<string, string[]>();
  const index: string[] = [];
  for (const [id, e] of Object.entries(API) as [string, EndpointDef][]) {
    const op = (doc.paths?.[openApiPath(e.path)] as Record<string, Operation>)[e.method];
    byTag.set(e.tag, [...(byTag.get(e.tag) ?? []), section(id, e, op)]);
    index.push(
      `<li><a href="#${esc(id)}"><code>${e.method.toUpperCase()} ${esc(e.path)}</code></a>: ${prose(e.summary)}</li>`,
    );
  }
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(([name, s]) => `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${json(s)}</section>`)
    .join('');
  cached =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Haven API</title><link rel="stylesheet" href="/docs.css"></head><body><main>
<h1>Haven API</h1><p>${esc(doc.info.description ?? '')}</p>` +
    `<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Endpoints</h2><ul>${index.join('')}</ul>
${[...byTag].map(([tag, sections]) => `<h2>${esc(tag)}</h2>${sections.join('')}`).join('')}
<h2>Schemas</h2>${schemas}</main></body></html>`;
  return cached;
}
