// fastify-type-provider-zod registers every named schema twice, as `X` (responses) and `XInput` (requests),
// whether or not both are used. An SDK generated from that gets two copies of every type. This pass keeps one:
// it merges `XInput` into `X` where the two are the same, drops what no operation references, and names a
// request-only schema `X` rather than `XInput`.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Document = { paths?: Json; components?: { schemas?: Record<string, Json> } & Record<string, Json> } & Record<
  string,
  unknown
>;

const prefix = '#/components/schemas/';

function rewriteRefs(node: Json, rename: Map<string, string>): Json {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, rename));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(prefix)) {
      const name = value.slice(prefix.length);
      out[key] = `${prefix}${rename.get(name) ?? name}`;
    } else {
      out[key] = rewriteRefs(value, rename);
    }
  }
  return out;
}

function collectRefs(node: Json, into: Set<string>) {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, into);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(prefix)) into.add(value.slice(prefix.length));
      else collectRefs(value, into);
    }
  }
}

function apply(document: Document, schemas: Record<string, Json>, rename: Map<string, string>): Record<string, Json> {
  document.paths = rewriteRefs(document.paths ?? {}, rename);
  const next: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(schemas)) next[rename.get(name) ?? name] = rewriteRefs(schema, rename);
  return next;
}

export function tidySchemaComponents<T>(input: T): T {
  const document = input as unknown as Document;
  let schemas = { ...(document.components?.schemas ?? {}) };

  // 1. Merge XInput into X wherever they are identical (repeat: merging one can make its parents identical).
  for (let changed = true; changed; ) {
    changed = false;
    const rename = new Map<string, string>();
    for (const name of Object.keys(schemas)) {
      const twin = name.endsWith('Input') ? name.slice(0, -'Input'.length) : undefined;
      if (twin && schemas[twin] !== undefined && JSON.stringify(schemas[name]) === JSON.stringify(schemas[twin]))
        rename.set(name, twin);
    }
    if (rename.size > 0) {
      for (const name of rename.keys()) delete schemas[name];
      schemas = apply(document, schemas, rename);
      changed = true;
    }
  }

  // 2. Keep only what the operations reach.
  const reachable = new Set<string>();
  collectRefs(document.paths ?? {}, reachable);
  for (const queue = [...reachable]; queue.length > 0; ) {
    const found = new Set<string>();
    collectRefs(schemas[queue.pop() as string] ?? null, found);
    for (const name of found) {
      if (reachable.has(name)) continue;
      reachable.add(name);
      queue.push(name);
    }
  }
  schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => reachable.has(name)));

  // 3. A request-only schema loses the suffix when nothing else holds the plain name.
  const rename = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    const plain = name.endsWith('Input') ? name.slice(0, -'Input'.length) : undefined;
    if (plain && schemas[plain] === undefined) rename.set(name, plain);
  }
  schemas = apply(document, schemas, rename);

  document.components = {
    ...document.components,
    schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
  };
  return input;
}
