import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSdkSchema, schemaPath } from '../sdk/generate.ts';

// `npm run sdk`: regenerates sdk/schema.ts from openapi/openapi.json (run `npm run openapi` first; commit both).
writeFileSync(schemaPath, await renderSdkSchema());
console.log(`wrote ${path.relative(process.cwd(), fileURLToPath(schemaPath))}`);
