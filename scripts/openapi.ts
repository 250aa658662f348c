import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderOpenApiDocument } from '../src/openapi.ts';

// `npm run openapi`: regenerates openapi/openapi.json from the route schemas (commit the result).
const target = path.resolve(import.meta.dirname, '../openapi/openapi.json');
writeFileSync(target, await renderOpenApiDocument());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
