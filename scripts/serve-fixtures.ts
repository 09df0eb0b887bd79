/**
 * Serves the fixture pages of test/fixtures/ under the real host names (routes.json), so the
 * browser — with those hosts mapped to 127.0.0.1 — runs the manifest's real match patterns.
 * Shared by the e2e tests, `npm run demo` and `npm run bench:page`; run alone it prints the URLs:
 *   npx tsx scripts/serve-fixtures.ts [--port 8080]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export const fixturesDir = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

export interface FixtureRoute {
  host: string;
  path: string;
  file: string;
  /** The page kind the content script should detect; null for pages it leaves alone. */
  kind: string | null;
  /** Match `path` as a prefix (e.g. `/u/` for every live room). */
  prefix?: boolean;
  /**
   * Match only this exact query string (without `?`), e.g. `hostile` for `/u/3xkz9fa2?hostile`;
   * a route without it answers any query.
   */
  query?: string;
  /** A fixture snippet inserted before `</body>` of `file`: a variant page without a copy. */
  inject?: string;
}

/** One request the server answered — the privacy test compares it with what the browser sent. */
export interface ServedRequest {
  method: string;
  host: string;
  url: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** `http://<host>:<port><path>` — open this in a browser that maps `host` to 127.0.0.1. */
  url(host: string, path: string): string;
  routes(): Promise<FixtureRoute[]>;
  served: ServedRequest[];
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

export async function readRoutes(root = fixturesDir): Promise<FixtureRoute[]> {
  // Read on every request: the fixtures are still being written while a demo runs.
  const text = await readFile(join(root, 'routes.json'), 'utf8');
  return JSON.parse(text) as FixtureRoute[];
}

/**
 * Exact path beats prefix; among prefixes the longest wins (`/u/3xkz9fa2` over `/u/`); a route
 * naming the request's query beats one that answers any query.
 */
export function matchRoute(
  routes: readonly FixtureRoute[],
  host: string,
  path: string,
  query = '',
): FixtureRoute | undefined {
  const candidates = routes.filter(
    (route) => route.host === host && (route.query === undefined || route.query === query),
  );
  const byQuery = (a: FixtureRoute, b: FixtureRoute) =>
    Number(b.query !== undefined) - Number(a.query !== undefined);
  const exact = candidates.filter((route) => !route.prefix && route.path === path).sort(byQuery);
  if (exact[0]) return exact[0];
  return candidates
    .filter((route) => route.prefix && path.startsWith(route.path))
    .sort((a, b) => b.path.length - a.path.length || byQuery(a, b))[0];
}

/** The route's page, with its `inject` snippet (if any) inserted before `</body>`. */
async function routePage(root: string, route: FixtureRoute): Promise<string> {
  const page = await readFile(join(root, route.file), 'utf8');
  if (!route.inject) return page;
  const at = page.lastIndexOf('</body>');
  if (at < 0) throw new Error(`${route.file} has no </body> to inject ${route.inject} before`);
  const snippet = await readFile(join(root, route.inject), 'utf8');
  return page.slice(0, at) + snippet + page.slice(at);
}

/** A file under root named by the URL path (images, scripts), never escaping root. */
function assetPath(root: string, path: string): string | null {
  const file = resolve(root, `.${normalize(decodeURIComponent(path))}`);
  return file.startsWith(resolve(root) + sep) ? file : null;
}

async function answer(root: string, request: IncomingMessage, response: ServerResponse) {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  const { pathname, search } = new URL(request.url ?? '/', 'http://fixture.invalid');
  const route = matchRoute(await readRoutes(root), host, pathname, search.slice(1));
  const file = route ? join(root, route.file) : assetPath(root, pathname);
  if (!file) return send(response, 404, 'text/plain', 'not found');
  try {
    const body = route ? await routePage(root, route) : await readFile(file);
    send(response, 200, contentTypes[extname(file)] ?? 'application/octet-stream', body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    send(response, 404, 'text/plain', `no fixture for ${host}${pathname}: ${reason}`);
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

export async function startFixtureServer(options: { port?: number; root?: string } = {}) {
  const root = options.root ?? fixturesDir;
  const served: ServedRequest[] = [];
  const server = createServer((request, response) => {
    response.on('finish', () =>
      served.push({
        method: request.method ?? 'GET',
        host: request.headers.host ?? '',
        url: request.url ?? '',
        status: response.statusCode,
      }),
    );
    answer(root, request, response).catch((error: unknown) => {
      send(response, 500, 'text/plain', String(error));
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const fixtureServer: FixtureServer = {
    port,
    url: (host, path) => `http://${host}:${port}${path}`,
    routes: () => readRoutes(root),
    served,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  return fixtureServer;
}

/** The path and query that open a route (a prefix route gets an example room id). */
export function examplePath(route: FixtureRoute, roomId = '3xkz9fa2'): string {
  const path = route.prefix ? `${route.path}${roomId}` : route.path;
  return route.query === undefined ? path : `${path}?${route.query}`;
}

/** A URL for each route. */
export function exampleUrls(server: FixtureServer, routes: readonly FixtureRoute[]) {
  return routes.map((route) => ({ route, url: server.url(route.host, examplePath(route)) }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 0;
  const server = await startFixtureServer({ port });
  console.log(`Fixture server on 127.0.0.1:${server.port}; map the hosts to 127.0.0.1 and open:`);
  for (const { route, url } of exampleUrls(server, await server.routes())) {
    console.log(`  ${(route.kind ?? 'home').padEnd(13)} ${url}`);
  }
}
