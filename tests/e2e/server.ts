import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

/** ../shared beside the checkout, as on every machine here and in CI. */
export const SHARED = resolve(
  process.env.CONTEXT_CARDS_SHARED ?? join(import.meta.dirname, '../../../shared'),
);
export const PAGES = join(import.meta.dirname, 'pages');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** The seed article as a plain news page: headline, paragraphs, Dutch. Built at test time, never stored. */
export function seedPage(): string {
  const dir = join(SHARED, 'seed');
  const file = readFileSync(join(dir, '000_292c400d86651963.txt'), 'utf8');
  const paragraphs = file
    .replace(/^\s*date \S+\s*/, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const body = paragraphs
    .map((p) => (p.length < 60 ? `<h2>${escapeHtml(p)}</h2>` : `<p>${escapeHtml(p)}</p>`))
    .join('\n');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>NAVO zet flitsmacht in</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}</style></head>
<body><article><h1>NAVO zet voor het eerst flitsmacht in</h1>
${body}</article></body></html>`;
}

export interface PageServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves the seed page at /seed.html, the corpus at /corpus/<file> and tests/e2e/pages/<file>, on
 * 127.0.0.1 only. Pages are sent with scripts intact but nothing outside loads (no network here);
 * with ?csp=strict, under a content security policy that allows no script or WebAssembly.
 */
export async function startServer(): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let body: string | undefined;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (path === '/seed.html') body = seedPage();
    else if (path.startsWith('/corpus/')) {
      const file = join(SHARED, 'corpus/pages', path.slice('/corpus/'.length).replace(/[/\\]/g, ''));
      if (existsSync(file)) body = readFileSync(file, 'utf8');
    } else {
      const file = join(PAGES, path.slice(1).replace(/[/\\]/g, ''));
      if (existsSync(file)) body = readFileSync(file, 'utf8');
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    };
    // ?csp=strict: a page that allows no script and no WebAssembly of its own.
    if (new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('csp') === 'strict') {
      headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'";
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
