import { notFound } from '../../lib/errors.ts';
import type { EntityDto } from '../entities/entities.schemas.ts';
import type { InteropRepository } from './interop.repository.ts';
import { toNinjs } from './ninjs.ts';
import { toClaimJsonLd, toEntityJsonLd, toNewsArticle } from './schema-org.ts';

/** The alternative representations of articles, claims and entities (see ninjs.ts and schema-org.ts). */
export function createInteropService(deps: { interop: InteropRepository }) {
  const { interop } = deps;

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
      return toClaimJsonLd(claim);
    },
    entityAsJsonLd: (entity: EntityDto) => toEntityJsonLd(entity),
  };
}

export type InteropService = ReturnType<typeof createInteropService>;
