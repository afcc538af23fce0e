import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { env } from './env';

// Whose address a request comes from (docs/decisions/007). Next.js fills X-Forwarded-For (and
// -Host, -Proto, -Port) from the socket only when the request lacks them, so a client could name
// any address it likes and walk around the per-address limits. This replaces the forwarding
// headers of every request that does not come from an address in TRUSTED_PROXIES before Next.js
// sees it; better-auth then reads the socket's address, or, behind a trusted proxy, the
// rightmost address that is not a trusted proxy.

const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'];

/** A BlockList holding the TRUSTED_PROXIES entries (addresses or CIDR ranges, checked by env.ts). */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return list.check(mapped, 'ipv4') || list.check(address, 'ipv6');
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

// A socket's peer never changes: one BlockList check (about 2 µs) per connection, not per request.
const decided = new WeakMap<object, { list: BlockList; trusted: boolean }>();

function trustedSocket(socket: object, list: BlockList, address: string): boolean {
  const known = decided.get(socket);
  if (known?.list === list) return known.trusted;
  const trusted = isTrusted(list, address);
  decided.set(socket, { list, trusted });
  return trusted;
}

/**
 * Makes the request's forwarding headers the socket's own unless the socket is a trusted proxy.
 * Exported for the tests; the server calls it through guardClientAddresses().
 */
export function replaceUntrustedForwarding(request: http.IncomingMessage, trusted: BlockList): void {
  const address = request.socket.remoteAddress;
  if (address && trustedSocket(request.socket, trusted, address)) return;
  for (const name of FORWARDING_HEADERS) delete request.headers[name];
  // Next.js would fill it from the same socket; set here so that it holds even where it does not.
  if (address) request.headers['x-forwarded-for'] = address;
}

const installed = Symbol.for('imt-roadmap.client-address-guard');

function trustedProxies(): BlockList {
  try {
    return trustedProxyList(env().TRUSTED_PROXIES);
  } catch (error) {
    // The app itself reports the invalid environment; meanwhile no proxy is trusted.
    console.error(error instanceof Error ? error.message : error);
    return new BlockList();
  }
}

/**
 * Wraps every HTTP server of this process (Next's own, created before instrumentation runs) so
 * that its 'request' listeners see replaced forwarding headers. Called once, from
 * instrumentation.ts; works alike under `next start`, `next dev` and the standalone server.js.
 */
export function guardClientAddresses(): void {
  let trusted: BlockList | undefined;
  for (const proto of [http.Server.prototype, https.Server.prototype] as (http.Server & {
    [installed]?: true;
  })[]) {
    if (proto[installed]) continue;
    proto[installed] = true;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
    const emit = proto.emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'request') {
        // The environment is read at the first request (not at start-up, nor during `next build`).
        trusted ??= trustedProxies();
        replaceUntrustedForwarding(args[0] as http.IncomingMessage, trusted);
      }
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof proto.emit;
  }
}
