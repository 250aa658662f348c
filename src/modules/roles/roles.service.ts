import type { Transactions } from '../../db/transaction.ts';
import type { EntityType } from '../../generated/prisma/enums.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, missingReference, notFound } from '../../lib/errors.ts';
import { findByIdOrSlug } from '../../lib/id-or-slug.ts';
import { dateOnly, toRoleDto } from '../entities/entities.mappers.ts';
import type { EntityRepository, RoleRow } from '../entities/entities.repository.ts';
import type { RelationRepository } from '../relations/relations.repository.ts';
import type { AssertedBy } from '../relations/relations.service.ts';
import type { RoleCreate, RoleUpdate } from './roles.schemas.ts';

type Deps = {
  transactions: Pick<Transactions, 'run'>;
  /** Roles are relations (`holds_position` with a title): written and read through the relations' one repository. */
  relations: Pick<RelationRepository, 'findById' | 'create' | 'update' | 'delete'>;
  entities: Pick<EntityRepository, 'findById' | 'findBySlug'>;
};

/** The offices a role can belong to: the same ends as a `head_of` or `holds_position` relation (relations.rules.ts). */
const offices: EntityType[] = ['organization', 'country', 'other'];

const toDate = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00Z`));

/** A term's dates as a relation stores them: days, each with its precision (the roles API takes days only). */
const dated = (startDate: string | null, endDate: string | null) => ({
  startDate: toDate(startDate),
  startPrecision: startDate === null ? null : ('day' as const),
  endDate: toDate(endDate),
  endPrecision: endDate === null ? null : ('day' as const),
});

export function createRoleService(deps: Deps) {
  const { transactions, relations, entities } = deps;

  async function entityOf(field: string, key: string) {
    const row = await findByIdOrSlug(key, { byId: entities.findById, bySlug: entities.findBySlug });
    if (!row) throw missingReference(field, 'entity', key);
    return row;
  }

  /** The role with this id: a relation with a title (any other relation is not a role: 404). */
  async function current(id: string): Promise<RoleRow> {
    const row = await relations.findById(id);
    if (!row || row.title === null) throw notFound('role', id);
    return row;
  }

  function check(errors: FieldError[]) {
    if (errors.length > 0)
      throw new AppError('unprocessable', errors.map((error) => `${error.field} ${error.message}`).join('; '), {
        errors,
      });
  }

  function termErrors(startDate: string | null, endDate: string | null): FieldError[] {
    return startDate !== null && endDate !== null && endDate < startDate
      ? [{ location: 'body', field: 'endDate', message: `must not be before the start ${startDate}` }]
      : [];
  }

  async function organizationOf(key: string | null | undefined): Promise<{ id: string } | null | undefined> {
    if (key === undefined || key === null) return key;
    const organization = await entityOf('organization', key);
    check(
      offices.includes(organization.type)
        ? []
        : [
            {
              location: 'body',
              field: 'organization',
              message: `a ${organization.type} cannot hold an office (an organization or country can)`,
            },
          ],
    );
    return organization;
  }

  /** A relation never joins an entity to itself (relations_not_self_check): nor does a role. */
  function selfErrors(personId: string, organization: { id: string } | null | undefined): FieldError[] {
    return organization?.id === personId
      ? [{ location: 'body', field: 'organization', message: 'must be another entity than the person' }]
      : [];
  }

  return {
    async get(id: string) {
      return toRoleDto(await current(id));
    },

    async create(input: RoleCreate, by: AssertedBy) {
      const person = await entityOf('person', input.person);
      const organization = await organizationOf(input.organization);
      check([
        ...(person.type === 'person' || person.type === 'other'
          ? []
          : [{ location: 'body' as const, field: 'person', message: `is a ${person.type}, not a person` }]),
        ...selfErrors(person.id, organization),
        ...termErrors(input.startDate ?? null, input.endDate ?? null),
      ]);
      return transactions.run(async (tx) =>
        toRoleDto(
          await relations.create(
            {
              type: 'holds_position',
              subjectId: person.id,
              title: input.title,
              objectId: organization?.id ?? null,
              ...dated(input.startDate ?? null, input.endDate ?? null),
              sourceKind: 'manual',
              sourceKeyId: by.keyId,
            },
            tx,
          ),
        ),
      );
    },

    async update(id: string, input: RoleUpdate, precondition?: Precondition) {
      const row = await current(id);
      const organization = await organizationOf(input.organization);
      const startDate = input.startDate === undefined ? dateOnly(row.startDate) : input.startDate;
      const endDate = input.endDate === undefined ? dateOnly(row.endDate) : input.endDate;
      check([...selfErrors(row.subjectId, organization), ...termErrors(startDate, endDate)]);
      return writeIfCurrent(precondition, row.version, 'role', (expected) =>
        transactions.run(async (tx) =>
          toRoleDto(
            await relations.update(
              row.id,
              expected,
              {
                ...(input.title !== undefined ? { title: input.title } : {}),
                ...(organization !== undefined ? { objectId: organization?.id ?? null } : {}),
                ...dated(startDate, endDate),
              },
              tx,
            ),
          ),
        ),
      );
    },

    async remove(id: string, precondition?: Precondition) {
      const row = await current(id);
      await writeIfCurrent(precondition, row.version, 'role', (expected) =>
        transactions.run((tx) => relations.delete(row.id, expected, tx)),
      );
    },
  };
}

export type RoleService = ReturnType<typeof createRoleService>;
