// @vitest-environment node
/**
 * The fixture server's routing: which routes.json entry answers a request, and a variant page
 * built from a fixture plus an injected snippet (the hostile live room).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  examplePath,
  matchRoute,
  startFixtureServer,
  type FixtureRoute,
  type FixtureServer,
} from '../../scripts/serve-fixtures';

const host = 'live.kuaishou.com';
const anyRoom: FixtureRoute = { host, path: '/u/', prefix: true, file: 'room.html', kind: null };
const oneRoom: FixtureRoute = { host, path: '/u/r1', file: 'one.html', kind: null };
const variant: FixtureRoute = { ...oneRoom, query: 'hostile', file: 'variant.html' };
const routes = [variant, oneRoom, anyRoom];

describe('matchRoute', () => {
  it.each([
    ['/u/r1', '', 'one.html'],
    ['/u/r1', 'from=share', 'one.html'],
    ['/u/r1', 'hostile', 'variant.html'],
    ['/u/r2', 'hostile', 'room.html'],
    ['/u/r2', '', 'room.html'],
  ])('%s?%s is served by %s', (path, query, file) => {
    expect(matchRoute(routes, host, path, query)?.file).toBe(file);
  });

  it('prefers a route naming the query whatever the order in routes.json', () => {
    expect(matchRoute([oneRoom, variant], host, '/u/r1', 'hostile')?.file).toBe('variant.html');
  });

  it('answers no route on another host', () => {
    expect(matchRoute(routes, 'evil.example', '/u/r1', 'hostile')).toBeUndefined();
  });

  it('opens each route by its path, room id and query', () => {
    expect(examplePath(anyRoom, 'abc')).toBe('/u/abc');
    expect(examplePath(variant)).toBe('/u/r1?hostile');
  });
});

describe('the hostile live room', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  const get = (path: string) =>
    new Promise<string>((done, fail) => {
      const req = request({ port: server.port, host: '127.0.0.1', path, headers: { host } });
      req.on('response', (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => done(body));
      });
      req.on('error', fail);
      req.end();
    });

  it('is the normal live room with the hostile snippet inserted just before </body>', async () => {
    const normal = await get('/u/3xkz9fa2');
    const hostile = await get('/u/3xkz9fa2?hostile');
    expect(normal).not.toContain('page-counter');
    const at = normal.lastIndexOf('</body>');
    expect(hostile.startsWith(normal.slice(0, at))).toBe(true);
    expect(hostile.endsWith(normal.slice(at))).toBe(true);
    const snippet = hostile.slice(at, hostile.length - (normal.length - at));
    expect(snippet).toContain('<button id="page-counter"');
    expect(snippet).toContain("throw new Error('hostile page error: at load')");
  });
});
