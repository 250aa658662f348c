import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

// Every example in the committed OpenAPI document validates against the schema it illustrates: schema `example`
// and `examples`, and parameter and media type `example` / `examples`. References resolve within the document.

const document = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi.json');

type Found = { pointer: string; schemaPointer: string; value: unknown };

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');
const schemaKeywords = ['type', '$ref', 'properties', 'anyOf', 'allOf', 'oneOf', 'enum', 'const', 'format', 'items'];

function collect(node: unknown, pointer: string, found: Found[]) {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) collect(item, `${pointer}/${index}`, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  const isSchema = schemaKeywords.some((keyword) => keyword in object) && !('schema' in object);
  if (isSchema && 'example' in object)
    found.push({ pointer: `${pointer}/example`, schemaPointer: pointer, value: object.example });
  if (isSchema && Array.isArray(object.examples)) {
    for (const [index, value] of object.examples.entries())
      found.push({ pointer: `${pointer}/examples/${index}`, schemaPointer: pointer, value });
  }
  if ('schema' in object) {
    // A parameter or a media type object: its examples illustrate its schema.
    if ('example' in object)
      found.push({ pointer: `${pointer}/example`, schemaPointer: `${pointer}/schema`, value: object.example });
    if (object.examples && typeof object.examples === 'object' && !Array.isArray(object.examples)) {
      for (const [name, example] of Object.entries(object.examples as Record<string, { value?: unknown }>)) {
        if ('value' in example)
          found.push({
            pointer: `${pointer}/examples/${escapePointer(name)}`,
            schemaPointer: `${pointer}/schema`,
            value: example.value,
          });
      }
    }
  }
  for (const [key, value] of Object.entries(object)) {
    if (key === 'example' || (key === 'examples' && isSchema)) continue;
    collect(value, `${pointer}/${escapePointer(key)}`, found);
  }
}

const examples: Found[] = [];
collect(document.paths, '#/paths', examples);
collect(document.components, '#/components', examples);

function validate(example: Found) {
  const check =
    ajv.getSchema(`openapi.json${example.schemaPointer}`) ??
    ajv.compile({ $ref: `openapi.json${example.schemaPointer}` });
  return { valid: check(example.value) as boolean, errors: check.errors };
}

describe('OpenAPI examples', () => {
  it('are many: every documented component and parameter example is walked', () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  it.each(examples.map((example) => [example.pointer, example] as const))(
    '%s validates against its schema',
    (_pointer, example) => {
      const { valid, errors } = validate(example);
      expect(valid, JSON.stringify({ value: example.value, errors })).toBe(true);
    },
  );

  it('would catch an example that does not match (the check is live)', () => {
    const uuidExample = examples.find(
      (example) => typeof example.value === 'string' && /^[0-9a-f-]{36}$/.test(example.value),
    );
    expect(uuidExample).toBeDefined();
    expect(validate({ ...uuidExample!, value: 'not a uuid' }).valid).toBe(false);
    const problem = examples.find((example) => example.schemaPointer === '#/components/schemas/Problem');
    expect(problem).toBeDefined();
    expect(validate({ ...problem!, value: { ...(problem!.value as object), status: 'four hundred' } }).valid).toBe(
      false,
    );
  });
});
