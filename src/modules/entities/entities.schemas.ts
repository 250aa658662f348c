import { z } from 'zod';
import { AsOf } from '../../lib/as-of.ts';
import { maxDistanceKm } from '../../lib/geo.ts';
import { EntityRefSchema, EntityTypeSchema, ReviewStatusSchema } from '../../lib/references.ts';
import {
  DayInput,
  IdOrSlug,
  includeParam,
  LanguageTag,
  PageQuery,
  pageOf,
  Slug,
  Timestamp,
  Uuid,
} from '../../lib/schemas.ts';
import { entityCreateExample, entityExample, entityHitExample, roleExample } from './entities.examples.ts';

const Wikidata = z
  .string()
  .max(20)
  .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q419')
  .meta({ example: 'Q419' });
const IsoAlpha2 = z
  .string()
  .length(2)
  .regex(/^[A-Z]{2}$/, 'must be two capital letters (ISO 3166-1 alpha-2)')
  .meta({ example: 'PE' });
const IsoAlpha3 = z
  .string()
  .length(3)
  .regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)')
  .meta({ example: 'PER' });
/** UN/LOCODE is written with or without its space ("PE CHY", "PECHY"); it is stored without. */
const Unlocode = z
  .string()
  .max(6)
  .transform((value) => value.replace(' ', '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}[A-Z0-9]{3}$/, 'must be a UN/LOCODE such as PECHY or PE CHY'))
  .meta({ example: 'PECHY' });

export const IdentifiersSchema = z
  .object({
    wikidata: Wikidata.nullable(),
    isoAlpha2: IsoAlpha2.nullable(),
    isoAlpha3: IsoAlpha3.nullable(),
    unlocode: z.string().nullable().meta({ description: 'UN/LOCODE without the space.', example: 'PECHY' }),
    iso3166Alpha4: z
      .string()
      .nullable()
      .meta({ description: 'ISO 3166-3 alpha-4 code of a country that ceased to exist.', example: 'SUHH' }),
  })
  .meta({ id: 'EntityIdentifiers', description: 'External identifiers; null where the entity has none.' });

export const CoordinatesSchema = z
  .object({
    latitude: z.number().min(-90).max(90).meta({ example: -11.58 }),
    longitude: z.number().min(-180).max(180).meta({ example: -77.27 }),
  })
  .meta({ id: 'Coordinates', description: 'WGS 84 coordinates.' });

export const AliasKindSchema = z.enum(['name', 'abbreviation', 'demonym', 'metonym', 'former_name']).meta({
  id: 'AliasKind',
  description:
    '`name`: a proper name; `abbreviation` ("USSR", matched exactly as written); `demonym` ("Peruvian", "soviético": evidence of the country); `metonym` ("the Pentagon"); `former_name` ("Zaire", "Burma": a name the entity no longer bears).',
});

export const AliasSchema = z
  .object({
    name: z.string().trim().min(1).max(300).meta({ example: 'Perú' }),
    language: LanguageTag.nullable().meta({
      description: 'The alias’s language; null for language-neutral names such as acronyms.',
    }),
    kind: AliasKindSchema,
    validFrom: z.iso
      .date()
      .nullable()
      .meta({ description: 'First day the alias named the entity; null: open.', example: null }),
    validTo: z.iso
      .date()
      .nullable()
      .meta({ description: 'Last day the alias named the entity; null: open.', example: null }),
  })
  .meta({ id: 'Alias' });

export const RoleSchema = z
  .object({
    id: Uuid,
    title: z.string().meta({ example: 'President of Peru' }),
    person: EntityRefSchema,
    organization: EntityRefSchema.nullable().meta({
      description: 'The organization or country the office belongs to.',
    }),
    startDate: z.iso.date().nullable().meta({ example: '2022-12-07' }),
    endDate: z.iso.date().nullable().meta({ description: 'Null while the role is held.', example: null }),
    version: z
      .number()
      .int()
      .meta({ description: 'Incremented on every update (the ETag of GET /v1/roles/{id}).', example: 1 }),
  })
  .meta({
    id: 'Role',
    description: 'A time-scoped position: a person holds an office in an organization or country.',
    examples: [roleExample],
  });

export const EntitySchema = z
  .object({
    id: Uuid,
    type: EntityTypeSchema,
    status: ReviewStatusSchema,
    name: z.string().meta({ example: 'Peru' }),
    slug: z.string().meta({ example: 'peru' }),
    description: z.string().nullable(),
    identifiers: IdentifiersSchema,
    coordinates: CoordinatesSchema.nullable(),
    validFrom: z.iso.date().nullable().meta({
      description:
        'First day the entity existed (a former country, an organisation that was wound up); null: open or not recorded. A date known only to the year or month is its first day.',
      example: null,
    }),
    validTo: z.iso.date().nullable().meta({
      description:
        'Last day the entity existed (the Soviet Union: 1991-12-26); null: it still exists, as far as recorded.',
      example: null,
    }),
    aliases: z.array(AliasSchema),
    version: z
      .number()
      .int()
      .meta({ description: 'Incremented on every update; sent as the ETag (`"<version>"`) for If-Match.', example: 1 }),
    roles: z
      .array(RoleSchema)
      .optional()
      .meta({ description: 'With `include=roles`: roles held by the person or within the organization.' }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .optional()
      .meta({
        description:
          'Only on `proposed` entities: how sure the ingest pipeline is that it is a real entity of its type, 1 − Π(1 − c) over ' +
          'the confidences c of its NER mentions that no reviewer rejected (README, "Proposals and their confidence"); null ' +
          'when none is left. Given by GET /v1/entities, GET /v1/entities/{idOrSlug} and GET /v1/articles/{id}/entities; ' +
          'accepted and rejected entities, and other representations, do not carry it.',
        example: 0.94,
      }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({
    id: 'Entity',
    description: 'Something articles name: a country, person, organization, port, place, event, law or commodity.',
    examples: [entityExample],
  });

const IdentifiersInput = z.strictObject({
  wikidata: Wikidata.nullish(),
  isoAlpha2: IsoAlpha2.nullish(),
  isoAlpha3: IsoAlpha3.nullish(),
  unlocode: Unlocode.nullish(),
});

const AliasInput = z
  .strictObject({
    name: z.string().trim().min(1).max(300),
    language: LanguageTag.nullish(),
    kind: AliasKindSchema.optional().meta({ description: 'Defaults to `name`.' }),
    validFrom: z.iso.date().nullish(),
    validTo: z.iso.date().nullish(),
  })
  .refine((alias) => !alias.validFrom || !alias.validTo || alias.validFrom <= alias.validTo, {
    message: 'validTo must not be before validFrom',
    path: ['validTo'],
  });

const entityFields = {
  type: EntityTypeSchema,
  name: z.string().trim().min(1).max(300),
  slug: Slug.meta({ description: 'Defaults to a slug made from the name.' }),
  description: z.string().trim().max(2000).nullable(),
  identifiers: IdentifiersInput,
  coordinates: z
    .strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .nullable(),
  aliases: z
    .array(AliasInput)
    .max(200)
    .meta({ description: 'All the entity’s other names (replaces the list on update).' }),
};

export const EntityCreateSchema = z
  .strictObject({
    type: entityFields.type,
    name: entityFields.name,
    slug: entityFields.slug.optional(),
    description: entityFields.description.optional(),
    identifiers: entityFields.identifiers.optional(),
    coordinates: entityFields.coordinates.optional(),
    aliases: entityFields.aliases.default([]),
  })
  .meta({ id: 'EntityCreate', examples: [entityCreateExample] });

export const EntityUpdateSchema = z
  .strictObject(entityFields)
  .partial()
  .meta({
    id: 'EntityUpdate',
    description: 'Only the fields sent are changed; `aliases` replaces the whole list; null clears.',
    examples: [{ description: 'Deep-water port north of Lima.' }],
  });

export const EntityInclude = includeParam(['roles'] as const);

/** PostgreSQL text cannot hold NUL, and no name holds a control character: refuse them before they reach SQL. */
const noControlCharacters = /^[^\p{Cc}]*$/u;

export const EntityListQuery = z.strictObject({
  ...PageQuery,
  type: EntityTypeSchema.optional(),
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(noControlCharacters, 'must not contain control characters')
    .optional()
    .meta({ description: 'Case-insensitive part of the name or of an alias.', example: 'peru' }),
  include: EntityInclude,
});

// Lookup filters of GET /v1/entities. Identifiers are accepted in any case and normalised before they are checked.

const decimalDegrees = String.raw`-?\d{1,3}(?:\.\d{1,12})?`;
const latLngPattern = new RegExp(`^(${decimalDegrees}),(${decimalDegrees})$`);
const bboxPattern = new RegExp(`^(${decimalDegrees}),(${decimalDegrees}),(${decimalDegrees}),(${decimalDegrees})$`);

/** Adds an issue on the parameter itself and ends the transform (the field is then named in the 400). */
function refuse(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER as never;
}

const outOfRange = (latitude: number, longitude: number) =>
  latitude < -90 || latitude > 90
    ? 'latitude must be between -90 and 90'
    : longitude < -180 || longitude > 180
      ? 'longitude must be between -180 and 180'
      : undefined;

const NearParam = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const match = latLngPattern.exec(value.replaceAll(' ', ''));
    if (!match) return refuse(ctx, 'must be latitude,longitude in decimal degrees, such as -12.05,-77.15');
    const [latitude, longitude] = [Number(match[1]), Number(match[2])];
    const problem = outOfRange(latitude, longitude);
    if (problem) return refuse(ctx, problem);
    return { latitude, longitude };
  })
  .meta({
    description:
      'Only entities with coordinates within `radius_km` of this point, nearest first, each with `distanceKm`. Latitude first: `lat,lng` in decimal degrees (WGS 84).',
    example: '-12.05,-77.15',
  });

const BboxParam = z
  .string()
  .max(128)
  .transform((value, ctx) => {
    const match = bboxPattern.exec(value.replaceAll(' ', ''));
    if (!match)
      return refuse(
        ctx,
        'must be minLng,minLat,maxLng,maxLat in decimal degrees (GeoJSON order), such as -78,-13,-76,-11',
      );
    const [west, south, east, north] = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
    const problem = outOfRange(south, west) ?? outOfRange(north, east);
    if (problem) return refuse(ctx, problem);
    if (south > north) return refuse(ctx, 'minLat must not be greater than maxLat');
    return { west, south, east, north };
  })
  .meta({
    description:
      'Only entities with coordinates inside this box: `minLng,minLat,maxLng,maxLat` (GeoJSON order: longitude first). ' +
      'A box whose minLng is greater than its maxLng crosses the antimeridian (RFC 7946 §5.2): `170,-20,-170,-10` spans 170°E to 170°W.',
    example: '-78,-13,-76,-11',
  });

/** The radius of `near` when `radius_km` is not given. */
export const defaultRadiusKm = 100;

export const EntityLookupQuery = EntityListQuery.extend({
  q: z
    .string()
    .trim()
    .min(2)
    .max(200)
    // A refinement, not a pattern: a Unicode letter-or-digit class has no form Python's and Java's validators read alike
    // (src/plugins/openapi-patterns.ts), so the document states this rule in words.
    .refine((value) => /[\p{L}\p{N}]/u.test(value), 'must contain a letter or a digit')
    .regex(noControlCharacters, 'must not contain control characters')
    .optional()
    .meta({
      description:
        'Fuzzy lookup by name or alias in any language, ignoring case and accents and tolerating typos. Orders the results by `score` ' +
        '(name similarity, then prominence) instead of by id and considers the best 200 name matches. Must contain at least one ' +
        'letter or digit (any script).',
      example: 'Dina Bolaurte',
    }),
  wikidata: z
    .string()
    .max(20)
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q419'))
    .optional()
    .meta({ description: 'The entity with this Wikidata item id.', example: 'Q419' }),
  iso: z
    .string()
    .max(3)
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2,3}$/, 'must be an ISO 3166-1 alpha-2 or alpha-3 code such as PE or PER'))
    .optional()
    .meta({ description: 'The country with this ISO 3166-1 alpha-2 or alpha-3 code.', example: 'PE' }),
  unlocode: Unlocode.optional().meta({
    description: 'The place with this UN/LOCODE, with or without the space (`PECHY`, `PE CHY`).',
    example: 'PECHY',
  }),
  status: ReviewStatusSchema.optional().meta({
    description:
      'Only entities with this review status (`proposed`: created by the ingest pipeline’s NER, awaiting review).',
  }),
  near: NearParam.optional(),
  radius_km: z.coerce
    .number()
    .gt(0)
    .max(maxDistanceKm)
    .optional()
    .meta({
      description: `With \`near\`: the search radius in kilometres (default ${defaultRadiusKm}, at most ${maxDistanceKm}).`,
      example: 100,
    }),
  bbox: BboxParam.optional(),
});

export const EntityHitSchema = EntitySchema.extend({
  score: z.number().min(0).max(1).optional().meta({
    description:
      'With `q`: how well the entity matches, 0–1 (0.8 × best name or alias similarity + 0.2 × prominence by mention count).',
    example: 0.6,
  }),
  distanceKm: z
    .number()
    .min(0)
    .optional()
    .meta({ description: 'With `near`: the great-circle distance from that point in kilometres.', example: 19.1 }),
}).meta({
  id: 'EntityHit',
  description: 'An entity in a list; lookups add how well it matched (`score`) or how far it is (`distanceKm`).',
  examples: [entityHitExample],
});

export const EntityKeyParams = z.strictObject({
  idOrSlug: IdOrSlug.meta({ description: 'The entity’s id or slug.', example: 'peru' }),
});

export const EntityGetQuery = z.strictObject({ include: EntityInclude, as_of: AsOf });

export const RoleListQuery = z.strictObject({
  ...PageQuery,
  at: DayInput.optional().meta({ description: 'Only roles held on this date (YYYY-MM-DD).', example: '2023-06-05' }),
});

export const EntityPage = pageOf(EntityHitSchema, 'EntityPage');
export const RolePage = pageOf(RoleSchema, 'RolePage');

export type EntityDto = z.infer<typeof EntitySchema>;
export type RoleDto = z.infer<typeof RoleSchema>;
export type EntityCreate = z.infer<typeof EntityCreateSchema>;
export type EntityUpdate = z.infer<typeof EntityUpdateSchema>;
export type EntityListFilters = z.infer<typeof EntityListQuery>;
export type EntityLookupFilters = z.infer<typeof EntityLookupQuery>;
export type EntityHitDto = z.infer<typeof EntityHitSchema>;
export type RoleListFilters = z.infer<typeof RoleListQuery>;
