/**
 * Validates tests/fixtures/linking-gold/{dev,heldout}.json (English) and {dev,heldout}-es.json (Spanish)
 * and prints counts.
 *
 *   npx tsx scripts/gold/validate.ts        # exit 1 on any error; warnings are printed, not fatal
 *
 * Checks: required fields and their types; split = file = hash of the id; language = file; licence in the accepted
 * list; ids unique; entity refs unique, types, id syntax per type (ISO 3166-1 alpha-2 from
 * data/countries/country-wikidata.csv, ISO 3166-3 alpha-4 from the shared historical-states list, or
 * a Wikidata QID); type-specific fields; every mention's offsets (code points) against its surface,
 * its ref, no overlapping mentions; annotated/checked documents have entities and mentions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ENTITY_TYPES,
  GOLD_FILES,
  type GoldDocument,
  goldPath,
  OFFICES,
  ROOT,
  readSplit,
  STATUSES,
  slice,
  splitFor,
} from './lib.js';

const LICENCES = ['public domain', 'CC0 1.0', 'CC BY 2.5', 'CC BY 3.0', 'CC BY 4.0', 'ODbL 1.0'];
const QID = /^Q[1-9]\d*$/;

function loadIso2(): Set<string> {
  // ISO 3166-1 alpha-2: the project's country list, the shared alias list (which covers territories such
  // as HK, PR) and Kosovo's user-assigned XK.
  const set = new Set<string>(['XK']);
  const files = [
    join(ROOT, 'data', 'countries', 'country-wikidata.csv'),
    '/work/shared/data/reference-extra/country-aliases.csv',
  ];
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const code = line.split(',')[0]?.trim() ?? '';
      if (/^[A-Z]{2}$/.test(code)) set.add(code);
    }
  }
  return set;
}
function loadIso3166_3(): Set<string> {
  const set = new Set<string>(['SUHH', 'DDDE', 'YUCS', 'CSHH', 'YDYE']);
  const file = '/work/shared/data/reference-extra/historical-states.csv';
  if (existsSync(file))
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const m = line.match(/,Q\d+,([A-Z]{4}),/);
      if (m?.[1]) set.add(m[1]);
    }
  return set;
}

function main() {
  const iso2 = loadIso2();
  const iso3 = loadIso3166_3();
  const errors: string[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  const all: GoldDocument[] = [];
  for (const { split, language } of GOLD_FILES) {
    const file = goldPath(split, language).split('/').pop();
    for (const d of readSplit(split, language)) {
      all.push(d);
      const err = (m: string) => errors.push(`${d.id ?? '?'}: ${m}`);
      const warn = (m: string) => warnings.push(`${d.id ?? '?'}: ${m}`);
      if (typeof d.id !== 'string' || !/^[a-z0-9-]+$/.test(d.id)) err('id missing or not [a-z0-9-]+');
      if (ids.has(d.id)) err('duplicate id');
      ids.add(d.id);
      if (d.split !== split) err(`split "${d.split}" but stored in ${file}`);
      if (d.split !== splitFor(d.id)) err(`split "${d.split}" differs from the hash split "${splitFor(d.id)}"`);
      if (d.language !== language) err(`language "${d.language}" but stored in ${file}`);
      if (!d.outlet) err('outlet missing');
      if (d.url !== null && !(typeof d.url === 'string' && /^https?:\/\//.test(d.url)))
        err('url must be http(s) or null');
      if (!LICENCES.includes(d.licence)) err(`licence "${d.licence}" not in ${LICENCES.join(' | ')}`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d.publishedAt ?? '')) err('publishedAt must be YYYY-MM-DD');
      if (!d.title || !d.body) err('title and body required');
      if (!STATUSES.includes(d.status)) err(`status "${d.status}"`);
      if (!Array.isArray(d.entities) || !Array.isArray(d.mentions)) {
        err('entities and mentions must be arrays');
        continue;
      }
      if (d.dateline !== null && (typeof d.dateline !== 'object' || !('place' in d.dateline)))
        err('dateline must be null or {place, date, agency}');
      if (!d.source?.repository || !d.source?.commit || !d.source?.path)
        warn('source {repository, commit, path} missing');
      if (d.status !== 'raw' && (d.entities.length === 0 || d.mentions.length === 0))
        err(`status ${d.status} but no entities/mentions`);
      const refs = new Map<string, string>();
      for (const e of d.entities) {
        const where = `entity ${e.ref} (${e.name})`;
        if (!/^e\d+$/.test(e.ref ?? '')) err(`${where}: ref must be e<number>`);
        if (refs.has(e.ref)) err(`${where}: duplicate ref`);
        refs.set(e.ref, e.type);
        if (!ENTITY_TYPES.includes(e.type)) err(`${where}: type "${e.type}"`);
        if (!e.name) err(`${where}: name missing`);
        if (!Array.isArray(e.forms) || e.forms.length === 0) err(`${where}: forms must be a non-empty array`);
        if (e.id !== null && typeof e.id !== 'string') err(`${where}: id must be string or null`);
        if (e.type === 'country') {
          if (e.id === null) warn(`${where}: country without id`);
          else if (!(iso2.has(e.id) || iso3.has(e.id) || QID.test(e.id)))
            err(`${where}: country id "${e.id}" is not ISO2/ISO 3166-3/QID`);
          if (typeof e.passing !== 'boolean') err(`${where}: countries need passing true|false`);
        } else {
          if (e.id !== null && !QID.test(e.id)) err(`${where}: id "${e.id}" must be a Wikidata QID or null`);
          if (e.passing !== undefined) err(`${where}: passing is for countries only`);
        }
        if (e.type === 'person') {
          if (e.office !== undefined && e.office !== null && !OFFICES.includes(e.office))
            err(`${where}: office "${e.office}"`);
        } else if (e.office !== undefined && e.office !== null) err(`${where}: office is for people only`);
        if (e.type === 'organization' && typeof e.intergovernmental !== 'boolean')
          err(`${where}: organizations need intergovernmental true|false`);
        if (e.type === 'place' || e.type === 'port') {
          if (e.country === undefined) err(`${where}: places/ports need country (ISO2 or null)`);
          else if (e.country !== null && !iso2.has(e.country) && !iso3.has(e.country))
            err(`${where}: country "${e.country}"`);
        }
      }
      const spans: Record<'title' | 'body', [number, number][]> = { title: [], body: [] };
      for (const m of d.mentions) {
        const where = `mention ${m.field}@${m.start}-${m.end} "${m.surface}"`;
        if (m.field !== 'title' && m.field !== 'body') {
          err(`${where}: field`);
          continue;
        }
        if (!refs.has(m.ref)) err(`${where}: unknown ref ${m.ref}`);
        if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end)) err(`${where}: offsets`);
        else if (slice(d[m.field], m.start, m.end) !== m.surface)
          err(`${where}: text at offsets is "${slice(d[m.field], m.start, m.end)}"`);
        if (m.kind !== undefined && m.kind !== 'demonym') err(`${where}: kind "${m.kind}"`);
        for (const [s, e] of spans[m.field]) if (m.start < e && s < m.end) err(`${where}: overlaps another mention`);
        spans[m.field].push([m.start, m.end]);
      }
      if (d.status !== 'raw')
        for (const e of d.entities)
          if (!d.mentions.some((m) => m.ref === e.ref)) warn(`entity ${e.ref} (${e.name}) has no mention`);
    }
  }

  const count = (key: (d: GoldDocument) => string, docs = all) => {
    const c: Record<string, number> = {};
    for (const d of docs) c[key(d)] = (c[key(d)] ?? 0) + 1;
    return Object.fromEntries(Object.entries(c).sort());
  };
  console.log(`documents: ${all.length}`);
  console.log(
    'language/split/status:',
    count((d) => `${d.language}/${d.split}/${d.status}`),
  );
  console.log(
    'outlet:',
    count((d) => d.outlet),
  );
  console.log(
    'decade:',
    count((d) => `${d.publishedAt.slice(0, 3)}0s`),
  );
  console.log(
    'year:',
    count((d) => d.publishedAt.slice(0, 4)),
  );
  const ents = all.flatMap((d) => d.entities);
  const byType: Record<string, number> = {};
  for (const e of ents) byType[e.type] = (byType[e.type] ?? 0) + 1;
  console.log('entities by type:', byType, `(with id: ${ents.filter((e) => e.id).length} of ${ents.length})`);
  const ms = all.flatMap((d) => d.mentions);
  console.log(`mentions: ${ms.length} (demonym: ${ms.filter((m) => m.kind === 'demonym').length})`);
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const e of errors) console.log(`ERROR: ${e}`);
  console.log(`${errors.length} error(s), ${warnings.length} warning(s)`);
  process.exit(errors.length ? 1 : 0);
}

main();
