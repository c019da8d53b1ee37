import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SHARED } from '../../tests/e2e/server';

export interface BenchServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves /corpus/<file> from the shared corpus and /mem/<name> from `pages` (built at run time, never
 * written to the repository), on 127.0.0.1 only.
 *
 * Every page is sent cross-origin isolated (COOP + COEP). That changes nothing for the extension or the
 * page (remote loads are blocked anyway) but gives performance.now() and the extension's measures
 * 5 µs resolution instead of 100 µs, which the sub-millisecond figures (hit test, growth batches) need.
 */
export async function startBenchServer(pages: ReadonlyMap<string, string>): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let body: string | undefined;
    if (path.startsWith('/mem/')) body = pages.get(path.slice('/mem/'.length));
    else if (path.startsWith('/corpus/')) {
      const file = join(SHARED, 'corpus/pages', path.slice('/corpus/'.length).replace(/[/\\]/g, ''));
      if (existsSync(file)) body = readFileSync(file, 'utf8');
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
