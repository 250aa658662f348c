import { loadGazetteerData } from './src/modules/ingest/linking/gazetteer-data.ts';
import { tokenize } from './src/modules/ingest/text/tokens.ts';
const d = loadGazetteerData();
const single: string[] = [];
for (const e of d.entities) if (e.type === 'person') for (const n of [e.name, ...e.aliases.map((a) => a.name)]) if (tokenize(n).length === 1) single.push(`${n} (${e.name})`);
console.log(single.length, single.slice(0, 80).join('; '));
const counts: Record<string, number> = {};
for (const e of d.entities) counts[e.type] = (counts[e.type] ?? 0) + 1 + e.aliases.length;
console.log(counts);
