import fc from 'fast-check';

// Valid values from the JSON Schemas of openapi/openapi.json (OpenAPI 3.1, i.e. JSON Schema 2020-12, as zod emits it).
// "Valid" means valid against the schema; whether the server accepts it (does that source exist?) is for it to say.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
};

export type SchemaContext = {
  /** Resolves a local `$ref` (`#/components/schemas/X`). */
  resolve: (ref: string) => JsonSchema;
  /** Real ids from the database for a uuid-formatted field of this name, so that references sometimes exist. */
  knownIds: (field: string | undefined) => readonly string[];
};

function patternArbitrary(pattern: string, minLength: number, maxLength: number): fc.Arbitrary<string> | null {
  const regex = new RegExp(pattern, 'u');
  try {
    // fast-check understands most of the regex syntax but not every Unicode property escape.
    const matching = fc.stringMatching(new RegExp(pattern));
    return matching.filter((value) => regex.test(value) && [...value].length >= minLength && value.length <= maxLength);
  } catch {
    return null;
  }
}

function stringArbitrary(
  schema: JsonSchema,
  context: SchemaContext,
  patterns: string[],
  field?: string,
): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? 10_000;
  const examples = [schema.example, ...(schema.examples ?? [])].filter(
    (value): value is string => typeof value === 'string',
  );
  const choices: fc.Arbitrary<string>[] = examples.length > 0 ? [fc.constantFrom(...examples)] : [];
  switch (schema.format) {
    case 'uuid': {
      const known = context.knownIds(field);
      return fc.oneof(...(known.length > 0 ? [fc.constantFrom(...known)] : []), fc.uuid({ version: 7 }));
    }
    case 'date-time':
      return fc
        .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date(), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
    case 'uri':
      return fc
        .webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true })
        .filter((url) => url.length <= maxLength);
  }
  const regexes = patterns.map((pattern) => new RegExp(pattern, 'u'));
  const first = patterns[0];
  const fromPattern = first === undefined ? null : patternArbitrary(first, minLength, maxLength);
  const generic = fc
    .string({ unit: 'grapheme-ascii', minLength, maxLength: Math.min(maxLength, Math.max(minLength, 40)) })
    .filter((value) => regexes.every((regex) => regex.test(value)));
  if (fromPattern) choices.push(fromPattern.filter((value) => regexes.every((regex) => regex.test(value))));
  else choices.push(generic);
  return fc.oneof(...choices);
}

/** An arbitrary of values valid against `schema`. */
export function validValue(
  schema: JsonSchema,
  context: SchemaContext,
  depth = 0,
  field?: string,
): fc.Arbitrary<unknown> {
  if (schema.$ref) return validValue({ ...context.resolve(schema.$ref), ...withoutRef(schema) }, context, depth, field);
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives)
    return fc.oneof(...alternatives.map((alternative) => validValue(alternative, context, depth, field)));
  if (schema.allOf) {
    const patterns = [schema.pattern, ...schema.allOf.map((part) => part.pattern)].filter(
      (pattern): pattern is string => typeof pattern === 'string',
    );
    const merged = Object.assign({}, schema, ...schema.allOf) as JsonSchema;
    delete merged.allOf;
    if (merged.type === 'string' || patterns.length > 0) return stringArbitrary(merged, context, patterns, field);
    return validValue(merged, context, depth, field);
  }
  const type = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? undefined : [schema.type];
  if (type && type.length > 1)
    return fc.oneof(...type.map((single) => validValue({ ...schema, type: single }, context, depth, field)));
  switch (type?.[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringArbitrary(schema, context, schema.pattern ? [schema.pattern] : [], field);
    case 'integer':
      return fc.integer({
        min: Math.max(
          schema.minimum ?? (schema.exclusiveMinimum === undefined ? -1_000_000 : schema.exclusiveMinimum + 1),
          -1_000_000,
        ),
        max: Math.min(
          schema.maximum ?? (schema.exclusiveMaximum === undefined ? 1_000_000 : schema.exclusiveMaximum - 1),
          1_000_000,
        ),
      });
    case 'number': {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1_000_000;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? 1_000_000;
      return fc
        .double({
          min,
          max,
          noNaN: true,
          noDefaultInfinity: true,
          minExcluded: schema.exclusiveMinimum !== undefined,
          maxExcluded: schema.exclusiveMaximum !== undefined,
        })
        .map((value) => (Object.is(value, -0) ? 0 : value));
    }
    case 'array':
      if (depth > 4) return fc.constant([]);
      return fc.array(validValue(schema.items ?? {}, context, depth + 1, field), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case 'object':
      return objectArbitrary(schema, context, depth);
  }
  if (schema.properties) return objectArbitrary(schema, context, depth);
  return fc.jsonValue({ maxDepth: 2 });
}

function objectArbitrary(schema: JsonSchema, context: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  if (depth > 4) return fc.constant({});
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, validValue(value, context, depth + 1, key)]),
  );
  const generated = fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
  const examples = (schema.examples ?? []).filter((example) => typeof example === 'object' && example !== null);
  return examples.length > 0 ? fc.oneof(generated, fc.constantFrom(...examples)) : generated;
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}
