// The client address a request handler sees, through a real HTTP server on loopback (Linux
// routes all of 127/8 there, so 127.0.0.2 and up are separate clients).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardClientAddresses, replaceUntrustedForwarding, trustedProxyList } from './client-address';

let server: http.Server;
let port: number;

beforeAll(async () => {
  process.env.DATABASE_URL ??= 'postgresql://unused@127.0.0.1/unused';
  process.env.TRUSTED_PROXIES = '127.0.0.9, 10.0.0.0/8';
  guardClientAddresses();
  server = http.createServer((request, response) => {
    const seen = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto'].map((h) => request.headers[h]);
    response.end(JSON.stringify(seen));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What the handler saw of X-Forwarded-For, -Host and -Proto for a request from `from`. */
function seenFrom(from: string, headers: Record<string, string>): Promise<(string | null)[]> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, localAddress: from, headers, agent: false },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve((JSON.parse(body) as (string | undefined)[]).map((v) => v ?? null)));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const spoofed = {
  'x-forwarded-for': '203.0.113.99',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'https',
};

describe('a server guarded by guardClientAddresses', () => {
  it('replaces what a client that is not a trusted proxy says with its socket address', async () => {
    expect(await seenFrom('127.0.0.2', spoofed)).toEqual(['127.0.0.2', null, null]);
    expect(await seenFrom('127.0.0.3', { 'x-forwarded-for': '198.51.100.1, 127.0.0.9' })).toEqual([
      '127.0.0.3',
      null,
      null,
    ]);
    expect(await seenFrom('127.0.0.4', {})).toEqual(['127.0.0.4', null, null]);
  });

  it('keeps what a trusted proxy says', async () => {
    expect(await seenFrom('127.0.0.9', spoofed)).toEqual(['203.0.113.99', 'evil.example', 'https']);
  });
});

describe('replaceUntrustedForwarding', () => {
  const request = (remoteAddress: string, xff?: string) =>
    ({
      socket: { remoteAddress },
      headers: xff ? { 'x-forwarded-for': xff } : {},
    }) as unknown as http.IncomingMessage;

  it('matches addresses and ranges, IPv4-mapped IPv6 included', () => {
    const list = trustedProxyList(['10.0.0.0/8', '2001:db8::/32', '192.0.2.7']);
    for (const [remote, kept] of [
      ['10.1.2.3', true],
      ['::ffff:10.1.2.3', true],
      ['2001:db8::5', true],
      ['192.0.2.7', true],
      ['192.0.2.8', false],
      ['11.0.0.1', false],
      ['2001:db9::1', false],
    ] as const) {
      const r = request(remote, '198.51.100.7');
      replaceUntrustedForwarding(r, list);
      expect([remote, r.headers['x-forwarded-for']]).toEqual([remote, kept ? '198.51.100.7' : remote]);
    }
  });
});
