// Turns an OpenAPI 3.1 document into the plain outline the API reference page shows: operations
// with their parameters, body fields and responses. Pure, so it is unit-tested without a server.

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface OperationOutline {
  method: string;
  path: string;
  summary: string;
  description: string;
  needsToken: boolean;
  parameters: FieldRow[];
  bodyType: string | null;
  bodyFields: FieldRow[];
  responses: { status: string; description: string }[];
}

type Json = Record<string, unknown>;
/** A string member, or '' (the document is data: anything else is ignored). */
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(schema: unknown, components: Json): Json {
  if (isObject(schema) && typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() ?? '';
    return resolve(components[name], components);
  }
  return isObject(schema) ? schema : {};
}

/** A short type name: "string", "string | null", "one of A, B", "list of object", "date". */
export function typeOf(schema: unknown, components: Json): string {
  const s = resolve(schema, components);
  if (Array.isArray(s.enum)) return `one of ${s.enum.map(String).join(', ')}`;
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
    const parts = ((s.anyOf ?? s.oneOf) as unknown[])
      .map((p) => resolve(p, components))
      .filter((p) => !(p.type === 'string' && p.const === ''));
    return [...new Set(parts.map((p) => typeOf(p, components)))].join(' | ');
  }
  if (s.type === 'array') return `list of ${typeOf(s.items, components)}`;
  if (s.type === 'string' && typeof s.pattern === 'string' && s.pattern.includes('\\d{4}-\\d{2}-\\d{2}'))
    return 'date';
  if (typeof s.format === 'string' && s.type === 'string') return s.format;
  if (typeof s.type === 'string') return s.type;
  if (Array.isArray(s.type)) return s.type.join(' | ');
  return 'any';
}

function fields(schema: unknown, components: Json): FieldRow[] {
  const s = resolve(schema, components);
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const properties = isObject(s.properties) ? s.properties : {};
  return Object.entries(properties).map(([name, prop]) => ({
    name,
    type: typeOf(prop, components),
    required: required.has(name),
    description: text(resolve(prop, components).description),
  }));
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

export function outlineOperations(document: Json): OperationOutline[] {
  const components =
    isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
  const paths = isObject(document.paths) ? document.paths : {};
  const out: OperationOutline[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const body = isObject(op.requestBody) && isObject(op.requestBody.content) ? op.requestBody.content : {};
      const [bodyType, media] = Object.entries(body)[0] ?? [null, null];
      out.push({
        method: method.toUpperCase(),
        path,
        summary: text(op.summary),
        description: text(op.description),
        needsToken: Array.isArray(op.security) && op.security.length > 0,
        parameters: (Array.isArray(op.parameters) ? op.parameters : []).filter(isObject).map((p) => ({
          name: `${text(p.name)} (${text(p.in)})`,
          type: typeOf(p.schema, components),
          required: p.required === true,
          description: text(p.description) || text(resolve(p.schema, components).description),
        })),
        bodyType,
        bodyFields:
          bodyType === 'application/json' && isObject(media) ? fields(media.schema, components) : [],
        responses: Object.entries(isObject(op.responses) ? op.responses : {}).map(([status, r]) => ({
          status,
          description: isObject(r) ? text(r.description) : '',
        })),
      });
    }
  }
  return out;
}

/** The anchor of an operation on the page, e.g. "post-api-items-identifier-status". */
export function operationAnchor(op: Pick<OperationOutline, 'method' | 'path'>): string {
  return `${op.method}-${op.path}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');
}
