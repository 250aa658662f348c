import { notFound } from '../../lib/errors.ts';
import type { ClaimReviewRepository } from '../claim-reviews/claim-reviews.repository.ts';
import type { EntityDto } from '../entities/entities.schemas.ts';
import type { LineageService } from '../lineage/lineage.service.ts';
import type { InteropRepository } from './interop.repository.ts';
import { toNinjs } from './ninjs.ts';
import { toClaimJsonLd, toEntityJsonLd, toNewsArticle } from './schema-org.ts';

/** A claim's JSON-LD carries at most this many ClaimReviews (the most recently published); the list has them all. */
const maxReviewsInJsonLd = 100;

/** The alternative representations of articles, claims and entities (see ninjs.ts and schema-org.ts). */
export function createInteropService(deps: {
  interop: InteropRepository;
  lineage: Pick<LineageService, 'rootOf'>;
  reviews: Pick<ClaimReviewRepository, 'listForClaim'>;
}) {
  const { interop, lineage, reviews } = deps;

  async function articleGraph(id: string) {
    const article = await interop.findArticleGraph(id);
    if (!article) throw notFound('article', id);
    return article;
  }

  return {
    articleAsNinjs: async (id: string) => toNinjs(await articleGraph(id)),
    async articleAsNewsArticle(id: string) {
      const article = await articleGraph(id);
      const bylineOutlet = article.byline ? await interop.findSourceNamed(article.byline) : null;
      return toNewsArticle(article, bylineOutlet);
    },
    async claimAsJsonLd(id: string) {
      const claim = await interop.findClaimGraph(id);
      if (!claim) throw notFound('claim', id);
      // The first appearance is the first known original of the article the claim was found in (a republication's
      // claim first appeared in the original), and the reviews are every stored review of the claim.
      const rootId = await lineage.rootOf(claim.articleId);
      const root =
        rootId === claim.articleId ? claim.article : ((await interop.findAppearance(rootId)) ?? claim.article);
      return toClaimJsonLd(claim, root, await reviews.listForClaim(id, maxReviewsInJsonLd));
    },
    entityAsJsonLd: (entity: EntityDto) => toEntityJsonLd(entity),
  };
}

export type InteropService = ReturnType<typeof createInteropService>;
