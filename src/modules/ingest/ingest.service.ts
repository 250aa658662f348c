// The ingest pipeline: raw article in, linked knowledge out.
//
// prepare() is pure CPU and runs BEFORE any transaction: canonical URL, HTML to text, boilerplate, whitespace,
// language, content hash, MinHash signature, entity linking (gazetteer + optional NER) and claim extraction.
// store() then writes everything in ONE transaction: the URL check, the source, exact and near duplicates, the
// entities the mentions need (reference entities are stored on first mention, unknown NER names as `proposed`), the
// article, its LSH band keys, mentions and claims — and, for imports, the import line, so a line's result and its
// article commit or vanish together (what makes a killed import safe to re-run).
import type { Prisma } from '../../generated/prisma/client.ts';
import type { EntityType } from '../../generated/prisma/enums.ts';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../lib/errors.ts';
import { slugify } from '../../lib/slug.ts';
import { contentHash } from '../../lib/text.ts';
import { stripBoilerplate } from './boilerplate.ts';
import { canonicalArticleUrl } from './canonical-url.ts';
import { splitDateline } from './dates.ts';
import { extractClaims, type CandidateClaim } from './claims-extractor.ts';
import { STORED_KEY_PREFIX, type GazetteerCache } from './gazetteer-cache.ts';
import type { GazetteerEntity } from './gazetteer-data.ts';
import type { EntityMatchRow, IngestRepository } from './ingest.repository.ts';
import { detectLanguage } from './language.ts';
import type { LinkedEntity, LinkedMention } from './linker.ts';
import { estimateSimilarity, fromSignedInt32Array, lshBandKeys, minHashSignature, toSignedInt32Array } from './near-duplicate.ts';
import { htmlToParagraphs, joinParagraphs, normaliseParagraphs } from './normalise.ts';

/** Estimated Jaccard similarity (word 4-shingles) from which an article is linked as a republication of another. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Candidates scored per article: the articles sharing the most LSH bands with it. */
const NEAR_DUPLICATE_CANDIDATES = 20;
/** Clock skew allowed for "never in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const MAX_STRUCTURED_ATTEMPTS = 3;

export type SourceRef = { id?: string; domain?: string; name?: string; /** The request field that named it, for errors. */ field?: string };

/** A raw article as POST /v1/articles (with `bodyFormat`) and each import line take it. */
export interface RawArticle {
  url: string;
  title: string;
  body: string;
  bodyFormat?: 'text' | 'html' | 'auto';
  dek?: string | null;
  byline?: string | null;
  language?: string;
  publishedAt?: string | null;
  modifiedAt?: string | null;
  sourceId?: string;
  source?: SourceRef;
  lineage?: { originalId: string; kind: 'republication' | 'translation' | 'rewrite' } | null;
}

export interface PreparedArticle {
  url: string;
  title: string;
  dek: string | null;
  byline: string | null;
  body: string;
  language: string;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  contentHash: string;
  minhash: number[];
  bandKeys: number[];
  source: SourceRef;
  lineage: RawArticle['lineage'];
  mentions: LinkedMention[];
  claims: CandidateClaim[];
}

export type StoreResult =
  | { outcome: 'duplicate'; articleId: string; url: string; sameContent: boolean }
  | {
      outcome: 'created';
      articleId: string;
      url: string;
      duplicateOf: string | null;
      lineage: { originalId: string; kind: string; similarity: number | null } | null;
      mentions: number;
      claims: number;
      proposedEntities: number;
    };

const HTML_TAG = /<\/?(?:p|div|br|span|a|html|body|article|section|h[1-6]|ul|ol|li|em|strong|b|i|blockquote|table|script|style)\b[^>]*>/iu;

function fieldError(code: 'validation_failed' | 'unprocessable', field: string, message: string): AppError {
  return new AppError(code, `${field} ${message}`, { errors: [{ location: 'body', field, message }] });
}

function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
}

/** The instant, or null when absent; a future one (beyond clock skew) is refused, naming the field. */
function pastInstant(value: string | null | undefined, field: string, now: number): Date | null {
  if (value === null || value === undefined) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw fieldError('validation_failed', field, 'is not a date-time with a UTC offset');
  if (time > now + FUTURE_TOLERANCE_MS) throw fieldError('unprocessable', field, 'must not be in the future');
  return new Date(time);
}

function linkedKey(entity: LinkedEntity): string {
  return entity.status === 'known' ? entity.key : `proposed:${entity.type}:${entity.name.toLowerCase()}`;
}

const truncate = (text: string, length: number) => (Array.from(text).length <= length ? text : Array.from(text).slice(0, length).join(''));

type Deps = { ingest: IngestRepository; gazetteer: GazetteerCache };

export function createIngestService(deps: Deps) {
  const { ingest, gazetteer } = deps;
  const db = ingest.db;

  /** Normalise, fingerprint, link and extract: CPU only, no database (the linker is built beforehand). */
  async function prepare(input: RawArticle, options: { ner: boolean }): Promise<PreparedArticle> {
    const linker = await gazetteer.linker();
    let url: string;
    try {
      url = canonicalArticleUrl(input.url);
    } catch {
      throw fieldError('validation_failed', 'url', 'is not an absolute http(s) URL');
    }
    if (url.length > 2048) throw fieldError('validation_failed', 'url', 'is longer than 2048 characters once canonical');
    const now = Date.now();
    const publishedAt = pastInstant(input.publishedAt, 'publishedAt', now);
    const modifiedAt = pastInstant(input.modifiedAt, 'modifiedAt', now);
    if (publishedAt && modifiedAt && modifiedAt < publishedAt) throw fieldError('unprocessable', 'modifiedAt', 'must not be before publishedAt');

    const format = input.bodyFormat === 'auto' || input.bodyFormat === undefined ? (HTML_TAG.test(input.body) ? 'html' : 'text') : input.bodyFormat;
    const paragraphs = format === 'html' ? htmlToParagraphs(input.body) : normaliseParagraphs(input.body);
    // A leading dateline ("Misión Verdad, Orinoco Tribune, June 5, 2023 —") is page furniture, not text; its date is
    // not used as the publication time (a day without an hour or zone would be a guess).
    const body = joinParagraphs(splitDateline(stripBoilerplate(paragraphs).paragraphs).paragraphs);
    if (body.length === 0) throw fieldError('unprocessable', 'body', 'has no article text once markup and site boilerplate are removed');
    if (body.length > 1_000_000) throw fieldError('validation_failed', 'body', 'is longer than 1,000,000 characters once normalised');
    const title = normaliseParagraphs(input.title).join(' ');
    if (title.length === 0) throw fieldError('validation_failed', 'title', 'is empty once whitespace is normalised');

    const language = input.language ?? detectLanguage(body) ?? 'und';
    const signature = minHashSignature(body);
    const mentions = linker.link(body, { language: input.language ?? (language === 'und' ? null : language), ner: options.ner }).filter((mention) => mention.end - mention.start <= 500);
    const claims = extractClaims(body, mentions);
    return {
      url,
      title: truncate(title, 1000),
      dek: input.dek ? truncate(normaliseParagraphs(input.dek).join(' '), 2000) || null : null,
      byline: input.byline ? truncate(normaliseParagraphs(input.byline).join(' '), 500) || null : null,
      body,
      language,
      publishedAt,
      modifiedAt,
      contentHash: contentHash(body),
      minhash: toSignedInt32Array(signature),
      bandKeys: lshBandKeys(signature),
      source: input.sourceId ? { id: input.sourceId, field: 'sourceId' } : (input.source ?? { domain: hostOf(url) }),
      lineage: input.lineage ?? null,
      mentions,
      claims,
    };
  }

  async function resolveSource(source: SourceRef, tx: Prisma.TransactionClient): Promise<string> {
    if (source.id) {
      if (!(await ingest.findSourceById(source.id, tx))) throw fieldError('unprocessable', source.field ?? 'source.id', `no source has the id '${source.id}'`);
      return source.id;
    }
    if (source.name) {
      const found = await ingest.findSourcesByName(source.name, tx);
      if (found.length !== 1) {
        throw fieldError('unprocessable', 'source.name', found.length === 0 ? `no source is named '${source.name}'` : `names more than one source; give its id`);
      }
      return found[0]!.id;
    }
    const domain = source.domain!;
    const existing = await ingest.findSourceByDomain(domain, tx);
    if (existing) return existing.id;
    // An unknown outlet is registered from its domain (kind `other`); curators complete it later.
    return (await ingest.upsertSourceForDomain(domain, slugify(domain) || 'source', tx)).id;
  }

  /** The stored earlier article this one republishes, with the estimated similarity, or null. */
  async function nearDuplicate(prepared: PreparedArticle, tx: Prisma.TransactionClient) {
    const candidates = await ingest.nearDuplicateCandidates(prepared.bandKeys, NEAR_DUPLICATE_CANDIDATES, tx);
    const signature = fromSignedInt32Array(prepared.minhash);
    let best: { id: string; similarity: number } | null = null;
    for (const candidate of candidates) {
      if (candidate.minhash.length !== signature.length) continue;
      const similarity = estimateSimilarity(signature, fromSignedInt32Array(candidate.minhash));
      if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity || (similarity === best.similarity && candidate.id < best.id))) {
        best = { id: candidate.id, similarity };
      }
    }
    return best;
  }

  /** Slugs for new entities: the name's, else qualified by type, else by a hash of the key. */
  async function allocateSlugs(wanted: { key: string; name: string; type: EntityType; suffix: string }[], tx: Prisma.TransactionClient) {
    const options = wanted.map((entity) => {
      const base = slugify(entity.name).slice(0, 150) || entity.type.replaceAll('_', '-');
      return [base, `${base}-${entity.type.replaceAll('_', '-')}`, `${base}-${slugify(entity.suffix) || contentHash(entity.key).slice(0, 8)}`, `${base}-${contentHash(entity.key).slice(0, 12)}`];
    });
    const taken = await ingest.takenSlugs(options.flat(), tx);
    return wanted.map((_entity, index) => {
      const slug = options[index]!.find((option) => !taken.has(option)) ?? `${options[index]![3]}-${taken.size}`;
      taken.add(slug);
      return slug;
    });
  }

  function referenceRow(entity: GazetteerEntity) {
    const seen = new Set<string>();
    const aliases = entity.aliases
      .map((alias) => ({ name: truncate(alias.name, 300), language: alias.language }))
      .filter((alias) => {
        const key = `${alias.language ?? ''}\u0000${alias.name}`;
        if (seen.has(key) || alias.name === entity.name) return false;
        seen.add(key);
        return true;
      });
    return {
      data: {
        type: entity.type,
        name: truncate(entity.name, 300),
        description: entity.description ? truncate(entity.description, 2000) : null,
        wikidataId: entity.wikidataId,
        isoAlpha2: entity.type === 'country' ? entity.isoAlpha2 : null,
        isoAlpha3: entity.type === 'country' ? entity.isoAlpha3 : null,
        unlocode: entity.unlocode,
        latitude: entity.latitude,
        longitude: entity.longitude,
        status: 'accepted' as const,
        referenceKey: entity.key,
      },
      aliases,
    };
  }

  /**
   * The stored entity for each linked entity (by linkedKey), or null for one a reviewer rejected (its mentions are
   * dropped). Reference entities are stored on first mention; unknown NER names are stored as `proposed`.
   */
  async function resolveEntities(linked: LinkedEntity[], tx: Prisma.TransactionClient): Promise<Map<string, { id: string; proposed: boolean } | null>> {
    const unique = new Map(linked.map((entity) => [linkedKey(entity), entity]));
    const resolved = new Map<string, { id: string; proposed: boolean } | null>();
    const usable = (row: EntityMatchRow) => (row.status === 'rejected' ? null : { id: row.id, proposed: row.status === 'proposed' });

    const storedIds = [...unique.keys()].filter((key) => key.startsWith(STORED_KEY_PREFIX)).map((key) => key.slice(STORED_KEY_PREFIX.length));
    if (storedIds.length > 0) {
      const rows = new Map((await ingest.entitiesByIds(storedIds, tx)).map((row) => [row.id, row]));
      for (const id of storedIds) {
        const row = rows.get(id);
        resolved.set(`${STORED_KEY_PREFIX}${id}`, row ? usable(row) : null);
      }
    }

    const missingReferences: GazetteerEntity[] = [];
    const references = [...unique.entries()]
      .filter(([key, entity]) => entity.status === 'known' && !key.startsWith(STORED_KEY_PREFIX))
      .map(([key]) => gazetteer.referenceEntity(key))
      .filter((entity): entity is GazetteerEntity => entity !== undefined);
    if (references.length > 0) {
      const rows = await ingest.entitiesByReference(
        references.map((entity) => entity.key),
        references.flatMap((entity) => (entity.wikidataId ? [entity.wikidataId] : [])),
        references.flatMap((entity) => (entity.type === 'country' && entity.isoAlpha2 ? [entity.isoAlpha2] : [])),
        references.flatMap((entity) => (entity.unlocode ? [entity.unlocode] : [])),
        tx,
      );
      const missing: GazetteerEntity[] = [];
      for (const entity of references) {
        const row =
          rows.find((candidate) => candidate.referenceKey === entity.key) ??
          rows.find((candidate) => entity.wikidataId !== null && candidate.wikidataId === entity.wikidataId) ??
          rows.find((candidate) => entity.type === 'country' && candidate.type === 'country' && candidate.isoAlpha2 === entity.isoAlpha2) ??
          rows.find((candidate) => entity.unlocode !== null && candidate.unlocode === entity.unlocode);
        if (row) resolved.set(entity.key, usable(row));
        else missing.push(entity);
      }
      missingReferences.push(...missing);
    }

    const proposals = [...unique.entries()].filter(([, entity]) => entity.status === 'proposed') as [string, Extract<LinkedEntity, { status: 'proposed' }>][];
    const missingProposals: typeof proposals = [];
    if (proposals.length > 0) {
      const rows = await ingest.entitiesByTypeAndName(proposals.map(([, entity]) => ({ type: entity.type, name: truncate(entity.name, 300) })), tx);
      const byKey = new Map<string, EntityMatchRow>();
      // Prefer an accepted entity of that name, then a proposed one; a rejected one suppresses the proposal.
      const rank = { accepted: 0, proposed: 1, rejected: 2 } as const;
      for (const row of rows) {
        const key = `proposed:${row.type}:${row.name.toLowerCase()}`;
        const current = byKey.get(key);
        if (!current || rank[row.status] < rank[current.status]) byKey.set(key, row);
      }
      missingProposals.push(...proposals.filter(([key]) => !byKey.has(key)));
      for (const [key] of proposals) if (byKey.has(key)) resolved.set(key, usable(byKey.get(key)!));
    }

    // New entities, in order of first appearance (so slugs come out the same whatever ran before): two statements.
    if (missingReferences.length + missingProposals.length > 0) {
      const slugs = await allocateSlugs(
        [
          ...missingReferences.map((entity) => ({ key: entity.key, name: entity.name, type: entity.type, suffix: entity.key.split(':')[1] ?? '' })),
          ...missingProposals.map(([key, entity]) => ({ key, name: entity.name, type: entity.type, suffix: entity.countryIso2Hint ?? '' })),
        ],
        tx,
      );
      const rows: Prisma.EntityCreateManyInput[] = [];
      const aliases: Prisma.EntityAliasCreateManyInput[] = [];
      for (const entity of missingReferences) {
        const id = uuidv7();
        const reference = referenceRow(entity);
        rows.push({ ...reference.data, id, slug: slugs[rows.length]! });
        aliases.push(...reference.aliases.map((alias) => ({ ...alias, entityId: id })));
        resolved.set(entity.key, { id, proposed: false });
      }
      for (const [key, entity] of missingProposals) {
        const id = uuidv7();
        rows.push({ id, type: entity.type, name: truncate(entity.name, 300), slug: slugs[rows.length]!, status: 'proposed' });
        resolved.set(key, { id, proposed: true });
      }
      await ingest.createEntities(rows, aliases, tx);
    }
    return resolved;
  }

  async function store(prepared: PreparedArticle, tx: Prisma.TransactionClient, importLine?: { importId: string; line: number }): Promise<StoreResult> {
    const existing = await ingest.findArticleIdByUrl(prepared.url, tx);
    if (existing) {
      const result = { outcome: 'duplicate' as const, articleId: existing.id, url: prepared.url, sameContent: existing.contentHash === prepared.contentHash };
      if (importLine) {
        await ingest.recordLine(
          { ...importLine, outcome: 'duplicate', articleId: existing.id, url: prepared.url, detail: { reason: 'url_exists', unchanged: result.sameContent } },
          tx,
        );
      }
      return result;
    }
    const sourceId = await resolveSource(prepared.source, tx);
    if (prepared.lineage && !(await ingest.articleExists(prepared.lineage.originalId, tx))) {
      throw fieldError('unprocessable', 'lineage.originalId', `no article has the id '${prepared.lineage.originalId}'`);
    }
    const twin = await ingest.findFirstByContentHash(prepared.contentHash, tx);
    const near = twin ? null : await nearDuplicate(prepared, tx);
    const lineage = prepared.lineage
      ? { originalId: prepared.lineage.originalId, kind: prepared.lineage.kind, similarity: null }
      : twin
        ? { originalId: twin.id, kind: 'republication' as const, similarity: 1 }
        : near
          ? { originalId: near.id, kind: 'republication' as const, similarity: near.similarity }
          : null;

    const entities = await resolveEntities([...prepared.mentions.map((mention) => mention.entity), ...prepared.claims.flatMap((claim) => claim.subjects)], tx);
    const article = await ingest.createArticle(
      {
        url: prepared.url,
        title: prepared.title,
        dek: prepared.dek,
        byline: prepared.byline,
        body: prepared.body,
        language: prepared.language,
        publishedAt: prepared.publishedAt,
        modifiedAt: prepared.modifiedAt,
        sourceId,
        contentHash: prepared.contentHash,
        minhash: prepared.minhash,
        duplicateOfId: twin?.id ?? null,
        originalId: lineage?.originalId ?? null,
        lineageKind: lineage?.kind ?? null,
        lineageSimilarity: lineage?.similarity ?? null,
      },
      tx,
    );
    await ingest.createBands(article.id, prepared.bandKeys, tx);

    const mentionRows: Prisma.MentionCreateManyInput[] = [];
    for (const mention of prepared.mentions) {
      const entity = entities.get(linkedKey(mention.entity));
      if (!entity) continue;
      mentionRows.push({
        articleId: article.id,
        entityId: entity.id,
        start: mention.start,
        end: mention.end,
        surface: mention.surface,
        method: mention.method,
        confidence: mention.confidence,
        status: mention.method === 'ner' || entity.proposed ? 'proposed' : 'accepted',
      });
    }
    if (mentionRows.length > 0) await ingest.createMentions(mentionRows, tx);

    const claimRows: Prisma.ClaimCreateManyInput[] = [];
    const subjectRows: Prisma.ClaimSubjectCreateManyInput[] = [];
    for (const claim of prepared.claims) {
      const id = uuidv7();
      const claimant = claim.claimant ? entities.get(linkedKey(claim.claimant.entity)) : null;
      claimRows.push({
        id,
        articleId: article.id,
        text: truncate(claim.text, 4000),
        quote: claim.quote ? truncate(claim.quote, 4000) : null,
        ...(claimant ? { claimantEntityId: claimant.id, claimantSourceId: null } : { claimantEntityId: null, claimantSourceId: sourceId }),
        kind: claim.kind,
        value: claim.value !== null && Number.isFinite(claim.value) ? claim.value : null,
        unit: claim.unit ? truncate(claim.unit, 100) : null,
        bound: claim.value !== null && Number.isFinite(claim.value) ? claim.bound : null,
        modality: claim.modality,
        evidenceStart: claim.evidenceStart,
        evidenceEnd: claim.evidenceEnd,
        status: 'unverified',
        method: 'auto',
        confidence: Math.min(1, Math.max(0, claim.confidence)),
        reviewStatus: 'proposed',
      });
      for (const subject of new Set(claim.subjects.map((entity) => entities.get(linkedKey(entity))?.id).filter((value): value is string => value !== undefined))) {
        subjectRows.push({ claimId: id, entityId: subject });
      }
    }
    if (claimRows.length > 0) await ingest.createClaims(claimRows, tx);
    if (subjectRows.length > 0) await ingest.createClaimSubjects(subjectRows, tx);

    const proposedEntities = new Set([...entities.values()].filter((entity) => entity?.proposed).map((entity) => entity!.id)).size;
    const result: StoreResult = {
      outcome: 'created',
      articleId: article.id,
      url: prepared.url,
      duplicateOf: twin?.id ?? null,
      lineage,
      mentions: mentionRows.length,
      claims: claimRows.length,
      proposedEntities,
    };
    if (importLine) {
      await ingest.recordLine(
        {
          ...importLine,
          outcome: 'created',
          articleId: article.id,
          url: prepared.url,
          detail: { duplicateOf: result.duplicateOf, lineage, mentions: result.mentions, claims: result.claims },
        },
        tx,
      );
    }
    return result;
  }

  /**
   * Runs store() in a transaction, retrying when a concurrent writer took a unique value first (the same URL, or a
   * slug or identifier of an entity both wanted to create): the retry then finds and reuses what the other stored.
   */
  async function storeInTransaction(prepared: PreparedArticle, importLine?: { importId: string; line: number }): Promise<StoreResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await db.$transaction((tx) => store(prepared, tx, importLine), { timeout: 60_000 });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code !== 'P2002' || attempt >= MAX_STRUCTURED_ATTEMPTS) throw error;
      }
    }
  }

  return {
    prepare,
    storeInTransaction,

    /**
     * POST /v1/articles with `bodyFormat`: the whole pipeline for one article; the stored article with its counts.
     * A URL stored meanwhile (between the route's check and the transaction) is a 409 like any other.
     */
    async createFromRaw(input: RawArticle & { mentions?: unknown }, options: { ner: boolean }) {
      if (input.mentions !== undefined) throw fieldError('validation_failed', 'mentions', 'are found by the pipeline in raw ingest; send them only without bodyFormat');
      const result = await storeInTransaction(await prepare(input, options));
      if (result.outcome === 'duplicate') {
        throw new AppError('conflict', `An article with the URL ${result.url} already exists.`, {
          errors: [{ location: 'body', field: 'url', message: 'is already stored' }],
          extensions: { location: `/v1/articles/${result.articleId}` },
        });
      }
      const article = await ingest.findArticle(result.articleId);
      return { ...article!, ingest: { mentions: result.mentions, claims: result.claims, proposedEntities: result.proposedEntities } };
    },

    invalidateGazetteer: () => gazetteer.invalidate(),
  };
}

export type IngestService = ReturnType<typeof createIngestService>;
