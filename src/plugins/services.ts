import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createArticleRepository } from '../modules/articles/articles.repository.ts';
import { type ArticleService, createArticleService } from '../modules/articles/articles.service.ts';
import { createAuditRepository } from '../modules/audit/audit.repository.ts';
import { type AuditService, createAuditService } from '../modules/audit/audit.service.ts';
import { createClaimRelationRepository } from '../modules/claim-relations/claim-relations.repository.ts';
import {
  type ClaimRelationService,
  createClaimRelationService,
} from '../modules/claim-relations/claim-relations.service.ts';
import { createClaimReviewRepository } from '../modules/claim-reviews/claim-reviews.repository.ts';
import { type ClaimReviewService, createClaimReviewService } from '../modules/claim-reviews/claim-reviews.service.ts';
import { createClaimSimilarityRepository } from '../modules/claim-similarity/claim-similarity.repository.ts';
import {
  type ClaimSimilarityService,
  createClaimSimilarityService,
} from '../modules/claim-similarity/claim-similarity.service.ts';
import { createClaimRepository } from '../modules/claims/claims.repository.ts';
import { type ClaimService, createClaimService } from '../modules/claims/claims.service.ts';
import { createDiscoveryRepository } from '../modules/discovery/discovery.repository.ts';
import { createDiscoveryService, type DiscoveryService } from '../modules/discovery/discovery.service.ts';
import { createEntityRepository } from '../modules/entities/entities.repository.ts';
import { createEntityService, type EntityService } from '../modules/entities/entities.service.ts';
import { createExportRepository } from '../modules/exports/exports.repository.ts';
import { createExportService, type ExportService } from '../modules/exports/exports.service.ts';
import { createHealthRepository, type HealthRepository } from '../modules/health/health.repository.ts';
import { createHistoryRepository } from '../modules/history/history.repository.ts';
import { createHistoryService, type HistoryService } from '../modules/history/history.service.ts';
import {
  createIdempotencyRepository,
  type IdempotencyRepository,
} from '../modules/idempotency/idempotency.repository.ts';
import { createImportRepository } from '../modules/imports/imports.repository.ts';
import { createImportService, type ImportBatching, type ImportService } from '../modules/imports/imports.service.ts';
import { createLinePreparer, type LinePreparer } from '../modules/imports/line-preparer.ts';
import { createGazetteerCache } from '../modules/ingest/linking/gazetteer-cache.ts';
import { createIngestRepository } from '../modules/ingest/store/ingest.repository.ts';
import { createIngestService, type IngestService } from '../modules/ingest/store/ingest.service.ts';
import { createInteropRepository } from '../modules/interop/interop.repository.ts';
import { createInteropService, type InteropService } from '../modules/interop/interop.service.ts';
import { createKeyRepository } from '../modules/keys/keys.repository.ts';
import { createKeyService, type KeyService } from '../modules/keys/keys.service.ts';
import { createLineageRepository } from '../modules/lineage/lineage.repository.ts';
import { createLineageService, type LineageService } from '../modules/lineage/lineage.service.ts';
import { createMentionRepository } from '../modules/mentions/mentions.repository.ts';
import { createMentionService, type MentionService } from '../modules/mentions/mentions.service.ts';
import { createMergeRepository } from '../modules/merges/merges.repository.ts';
import { createMergeService, type MergeService } from '../modules/merges/merges.service.ts';
import { createReconcileRepository } from '../modules/reconcile/reconcile.repository.ts';
import { createReconcileService, type ReconcileService } from '../modules/reconcile/reconcile.service.ts';
import { createRelationRepository } from '../modules/relations/relations.repository.ts';
import { createRelationService, type RelationService } from '../modules/relations/relations.service.ts';
import { createReviewRepository } from '../modules/review/review.repository.ts';
import { createReviewService, type ReviewService } from '../modules/review/review.service.ts';
import { createRoleService, type RoleService } from '../modules/roles/roles.service.ts';
import { createSavedSearchRepository } from '../modules/saved-searches/saved-searches.repository.ts';
import { createSavedSearchService, type SavedSearchService } from '../modules/saved-searches/saved-searches.service.ts';
import { createSearchRepository } from '../modules/search/search.repository.ts';
import { createSearchService, type SearchService } from '../modules/search/search.service.ts';
import { createSourceRepository } from '../modules/sources/sources.repository.ts';
import { createSourceService, type SourceService } from '../modules/sources/sources.service.ts';
import { createStoryAssignment } from '../modules/stories/stories.assignment.ts';
import { createStoryRepository } from '../modules/stories/stories.repository.ts';
import { createStoryService, type StoryService } from '../modules/stories/stories.service.ts';
import { createWebhookRepository, type WebhookRepository } from '../modules/webhooks/webhooks.repository.ts';
import {
  createWebhookService,
  type WebhookService,
  type WebhookSettings,
} from '../modules/webhooks/webhooks.service.ts';
import { recordOutcome } from './write-path.ts';

export type Services = {
  sources: SourceService;
  articles: ArticleService;
  entities: EntityService;
  claims: ClaimService;
  keys: KeyService;
  audit: AuditService;
  discovery: DiscoveryService;
  search: SearchService;
  interop: InteropService;
  exports: ExportService;
  history: HistoryService;
  merges: MergeService;
  ingest: IngestService;
  imports: ImportService;
  review: ReviewService;
  mentions: MentionService;
  relations: RelationService;
  roles: RoleService;
  reconcile: ReconcileService;
  lineage: LineageService;
  claimReviews: ClaimReviewService;
  claimRelations: ClaimRelationService;
  claimSimilarity: ClaimSimilarityService;
  stories: StoryService;
  webhooks: WebhookService;
  savedSearches: SavedSearchService;
  /** Webhooks' store, for the push plugin's dispatcher and delivery worker. */
  webhookRepository: WebhookRepository;
  /** Idempotency-Key records (bookkeeping the idempotency plugin keeps; their completion rides on the write path). */
  idempotency: IdempotencyRepository;
  health: HealthRepository;
};

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

/**
 * Wires repositories and the transaction helper (src/db/transaction.ts: every write goes through it) into services in
 * one place; routes reach them as `app.services`.
 */
export default fp<{
  importBatch: ImportBatching;
  importWorkers: number;
  nerMinConfidence: number;
  webhooks: WebhookSettings;
}>(
  async (app, options) => {
    const { db, transactions } = app;
    const repositories = {
      sources: createSourceRepository(db),
      articles: createArticleRepository(db, app.sql),
      entities: createEntityRepository(db),
      claims: createClaimRepository(db),
      relations: createRelationRepository(db),
    };
    const sources = createSourceService({ transactions, sources: repositories.sources });
    const entities = createEntityService({ transactions, entities: repositories.entities });
    const mentions = createMentionService({
      transactions,
      mentions: createMentionRepository(db),
      entities: repositories.entities,
      entityService: entities,
    });
    const articles = createArticleService({ transactions, ...repositories, mentions });
    const claims = createClaimService({ transactions, ...repositories });
    const relations = createRelationService({
      transactions,
      relations: repositories.relations,
      entities: repositories.entities,
    });
    const roles = createRoleService({
      transactions,
      relations: repositories.relations,
      entities: repositories.entities,
    });
    const keys = createKeyService({ transactions, keys: createKeyRepository(db) });
    const audit = createAuditService({ audit: createAuditRepository(db) });
    const discovery = createDiscoveryService({ discovery: createDiscoveryRepository(db), entities });
    const search = createSearchService({ search: createSearchRepository(db) });
    const lineage = createLineageService({ lineage: createLineageRepository(db) });
    const claimReviewRepository = createClaimReviewRepository(db);
    const claimReviews = createClaimReviewService({ transactions, reviews: claimReviewRepository });
    const claimRelations = createClaimRelationService({
      transactions,
      relations: createClaimRelationRepository(db),
    });
    const claimSimilarity = createClaimSimilarityService({ similarity: createClaimSimilarityRepository(db) });
    const interop = createInteropService({
      interop: createInteropRepository(db),
      lineage,
      reviews: claimReviewRepository,
    });
    const exports = createExportService({ exports: createExportRepository(app.sql), search });
    const history = createHistoryService({ history: createHistoryRepository(db), entities: repositories.entities });
    const merges = createMergeService({
      transactions,
      merges: createMergeRepository(db),
      entities: repositories.entities,
      entityService: entities,
    });
    const storyRepository = createStoryRepository(db);
    const ingestRepository = createIngestRepository(db);
    const gazetteer = createGazetteerCache(
      {
        storedEntities: ingestRepository.storedGazetteerEntities,
        fingerprint: ingestRepository.gazetteerFingerprint,
      },
      // Another node's entity write committed before this node's ingest began is seen by that ingest.
      { beforeUse: () => app.notifications.sync() },
    );
    const ingest = createIngestService({
      transactions,
      ingest: ingestRepository,
      gazetteer,
      nerMinConfidence: options.nerMinConfidence,
      stories: createStoryAssignment({ stories: storyRepository }),
    });
    // Import workers start with the first import (each builds its own gazetteer), not with the app.
    let preparer: LinePreparer | undefined;
    app.addHook('onClose', async () => preparer?.close());
    const imports = createImportService({
      transactions,
      ingest,
      imports: createImportRepository(db),
      preparer: () => (preparer ??= createLinePreparer(gazetteer, options.importWorkers, options.nerMinConfidence)),
      batching: options.importBatch,
    });
    const review = createReviewService({
      transactions,
      review: createReviewRepository(),
      entities: repositories.entities,
      claims: repositories.claims,
    });
    const reconcile = createReconcileService({ transactions, reconcile: createReconcileRepository(db) });
    const webhookRepository = createWebhookRepository(db);
    const webhooks = createWebhookService({ transactions, webhooks: webhookRepository, settings: options.webhooks });
    const savedSearches = createSavedSearchService({
      transactions,
      savedSearches: createSavedSearchRepository(db),
      search,
    });
    // The gazetteer reads accepted entities and their aliases: any successful entity write may change it (matching
    // names and judging matches do not). This node's linker is marked stale when the write succeeds; the other nodes'
    // when it commits, by a signal sent in the write's own transaction.
    const gazetteerChannel = 'meridian_gazetteer';
    const changesGazetteer = (request: FastifyRequest) =>
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      request.routeOptions.url?.startsWith('/v1/entities') === true &&
      !request.routeOptions.url.startsWith('/v1/entities/match');
    const gazetteerSignal = app.notifications.signal(gazetteerChannel);
    app.notifications.subscribe(gazetteerChannel, () => gazetteer.invalidate());
    app.addHook('preHandler', async (request, reply) => {
      if (!changesGazetteer(request)) return;
      recordOutcome(request, {
        write: async (sql) => {
          if (reply.statusCode < 400) await gazetteerSignal(sql);
        },
      });
    });
    app.addHook('onResponse', async (request, reply) => {
      if (changesGazetteer(request) && reply.statusCode < 400) gazetteer.invalidate();
    });
    app.decorate('services', {
      sources,
      articles,
      entities,
      claims,
      keys,
      audit,
      discovery,
      search,
      ingest,
      imports,
      review,
      mentions,
      history,
      merges,
      interop,
      exports,
      relations,
      roles,
      reconcile,
      lineage,
      claimReviews,
      claimRelations,
      claimSimilarity,
      stories: createStoryService({ transactions, stories: storyRepository }),
      webhooks,
      webhookRepository,
      savedSearches,
      idempotency: createIdempotencyRepository(db),
      health: createHealthRepository(db),
    });
  },
  { name: 'services', dependencies: ['database'] },
);
