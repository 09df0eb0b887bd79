// @vitest-environment node
/**
 * The Firefox e2e runs' network plumbing, without a browser: the routing proxy passes only the
 * Kuaishou hosts to the fixture server and refuses the rest (logging them), and the attribution
 * names a proxied request that no tab reported as the background page's.
 */
import { connect } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributeFirefoxTraffic,
  consoleCallsFrom,
  startRoutingProxy,
  type PageRequest,
  type RoutingProxy,
} from '../../scripts/launch-firefox';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';

/** A GET through the proxy, as a browser with the proxy set in its prefs sends it. */
function viaProxy(proxy: RoutingProxy, url: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const { host } = new URL(url);
    const sent = request(
      { host: '127.0.0.1', port: proxy.port, path: url, headers: { host } },
      (answer) => {
        let body = '';
        answer.on('data', (chunk: Buffer) => (body += chunk.toString()));
        answer.on('end', () => done({ status: answer.statusCode ?? 0, body }));
      },
    );
    sent.on('error', fail);
    sent.end();
  });
}

/** The status line a CONNECT (https) gets back. */
function connectVia(proxy: RoutingProxy, target: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(proxy.port, '127.0.0.1', () =>
      socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`),
    );
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => done(answer.split('\r\n')[0] ?? ''));
    socket.on('error', fail);
  });
}

describe('startRoutingProxy', () => {
  let fixtures: FixtureServer;
  let proxy: RoutingProxy;
  beforeAll(async () => {
    fixtures = await startFixtureServer();
    proxy = await startRoutingProxy(fixtures.port);
  });
  afterAll(async () => {
    await proxy.close();
    await fixtures.close();
  });

  it('serves a Kuaishou host from the fixture server, keeping the host name', async () => {
    const url = `http://live.kuaishou.com:${fixtures.port}/u/3xkz9fa2`;
    const { status, body } = await viaProxy(proxy, url);
    expect(status).toBe(200);
    expect(body).toMatch(/小黄车/);
    expect(fixtures.served.at(-1)?.host).toBe(`live.kuaishou.com:${fixtures.port}`);
    expect(proxy.seen).toContainEqual({ url, status: 200 });
  });

  it('refuses any other host, over http and https, and logs it', async () => {
    expect((await viaProxy(proxy, 'http://example.com/track')).status).toBe(403);
    expect(await connectVia(proxy, 'example.com:443')).toBe('HTTP/1.1 403 Forbidden');
    expect(proxy.seen).toContainEqual({ url: 'http://example.com/track', status: 403 });
    expect(proxy.seen).toContainEqual({ url: 'CONNECT example.com:443', status: 403 });
  });

  it("leaves Firefox's own service traffic out of the log (refused all the same)", async () => {
    const before = proxy.seen.length;
    expect(await connectVia(proxy, 'firefox.settings.services.mozilla.com:443')).toBe(
      'HTTP/1.1 403 Forbidden',
    );
    expect(proxy.seen.length).toBe(before);
  });
});

describe('attributeFirefoxTraffic', () => {
  const page = 'http://live.kuaishou.com:8080/u/1';
  const tab = (url: string, over: Partial<PageRequest> = {}): PageRequest => ({
    url,
    pageUrl: page,
    fromExtensionCode: false,
    ...over,
  });

  it('names each proxied request by the tab that reported it, else the background page', () => {
    const seen = attributeFirefoxTraffic(
      [
        tab(page),
        tab('http://live.kuaishou.com:8080/cs', { fromExtensionCode: true }),
        tab('http://live.kuaishou.com:8080/p', { pageUrl: 'moz-extension://u/popup.html' }),
      ],
      [
        { url: page, status: 200 },
        { url: 'http://live.kuaishou.com:8080/bg', status: 404 },
        { url: 'http://live.kuaishou.com:8080/cs', status: 404 },
        { url: 'http://live.kuaishou.com:8080/p', status: 404 },
      ],
    );
    expect(seen).toEqual([
      { url: page, source: 'page' },
      { url: 'http://live.kuaishou.com:8080/bg', source: 'worker' },
      { url: 'http://live.kuaishou.com:8080/cs', source: 'content-script' },
      { url: 'http://live.kuaishou.com:8080/p', source: 'extension-page' },
    ]);
  });

  it('matches the same URL once per request: a second fetch no tab reported is the background’s', () => {
    const seen = attributeFirefoxTraffic(
      [tab(page)],
      [
        { url: page, status: 200 },
        { url: page, status: 200 },
      ],
    );
    expect(seen.map((request) => request.source)).toEqual(['page', 'worker']);
  });

  it('keeps tab requests that never reached the network (data:, extension files) after the rest', () => {
    const seen = attributeFirefoxTraffic([tab('data:image/gif;base64,R0lGOD')], []);
    expect(seen).toEqual([{ url: 'data:image/gif;base64,R0lGOD', source: 'page' }]);
  });
});

describe('consoleCallsFrom', () => {
  it('reads console.warn / console.error lines off stdout, decoding the escapes', () => {
    const output = [
      '1796154824321\tapp.normandy\tWARN\tDisabling Shield',
      'console.warn: "[\\u5FEB\\u624B\\u52A9\\u624B]" "flush" ({})',
      'console.error: "probe"',
      'console.log: "not a warning"',
      '',
    ].join('\n');
    expect(consoleCallsFrom(output)).toEqual([
      { level: 'warning', text: '"[快手助手]" "flush" ({})' },
      { level: 'error', text: '"probe"' },
    ]);
  });
});
