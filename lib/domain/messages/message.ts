// A message is a key of the catalogue and its parameters, never a sentence: errors, field messages
// and form notices carry one, and formatMessage derives the words from the catalogue (English today;
// the catalogue has next-intl's shape, nested namespaces of ICU MessageFormat strings, so that the
// languages issue can hand it to next-intl and translate it without touching the code that says it).
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './en';

type Catalogue = typeof en;

/** "errors.workItem.notFound" for every leaf of the catalogue. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Catalogue>;

type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

/** The argument names of an ICU string: "{count, plural, one {# row} other {# rows}}" -> "count". */
type ArgNames<S> = S extends `${string}{${infer Inside}}${infer Rest}`
  ? ArgName<Inside> | ArgNames<Rest>
  : never;
type ArgName<Inside extends string> = Inside extends `${infer Name},${string}`
  ? ArgName<Name>
  : Inside extends `${string}{${string}`
    ? ArgName<Inside extends `${infer Name}{${string}` ? Name : never>
    : Inside extends `${string} ${string}` | `${string}#${string}` | ''
      ? never
      : Inside;

/** A parameter: a number, a text, or another message (formatted in the same language first). */
export type MessageParam = string | number | Message;
export type ParamsOf<K extends MessageKey> = Record<ArgNames<At<Catalogue, K>>, MessageParam>;

export interface Message {
  key: MessageKey;
  params?: Record<string, MessageParam>;
}

/** A message with its parameters checked against the catalogue's text. */
export function msg<K extends MessageKey>(
  key: K,
  ...params: [ArgNames<At<Catalogue, K>>] extends [never] ? [] : [ParamsOf<K>]
): Message {
  return params[0] ? { key, params: params[0] } : { key };
}

function lookup(key: string): string | undefined {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function isMessageKey(key: string): key is MessageKey {
  return lookup(key) !== undefined;
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message).key === 'string' &&
    isMessageKey((value as Message).key)
  );
}

const compiled = new Map<string, IntlMessageFormat>();

/** The one place where a message becomes words. */
export function formatMessage(message: Message): string {
  let format = compiled.get(message.key);
  if (!format) {
    const text = lookup(message.key);
    if (text === undefined) return message.key;
    // ignoreTag: the English texts quote things like "Bearer <API token>", which are not markup.
    format = new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true });
    compiled.set(message.key, format);
  }
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    values[name] = typeof value === 'object' ? formatMessage(value) : value;
  return String(format.format(values));
}
