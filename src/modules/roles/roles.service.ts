import type { Transactions } from '../../db/transaction.ts';
import type { EntityType } from '../../generated/prisma/enums.ts';
import { type Precondition, writeIfCurrent } from '../../lib/conditional.ts';
import { AppError, type FieldError, missingReference, notFound } from '../../lib/errors.ts';
import { findByIdOrSlug } from '../../lib/id-or-slug.ts';
import { dateOnly, toRoleDto } from '../entities/entities.mappers.ts';
import type { EntityRepository, RoleRow } from '../entities/entities.repository.ts';
import type { RoleRepository } from './roles.repository.ts';
import type { RoleCreate, RoleUpdate } from './roles.schemas.ts';

type Deps = {
  transactions: Pick<Transactions, 'run'>;
  roles: RoleRepository;
  entities: Pick<EntityRepository, 'findById' | 'findBySlug'>;
};

/** The offices a role can belong to: the same ends as a `head_of` or `holds_position` relation (relations.rules.ts). */
const offices: EntityType[] = ['organization', 'country', 'other'];

const toDate = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00Z`));

export function createRoleService(deps: Deps) {
  const { transactions, roles, entities } = deps;

  async function entityOf(field: string, key: string) {
    const row = await findByIdOrSlug(key, { byId: entities.findById, bySlug: entities.findBySlug });
    if (!row) throw missingReference(field, 'entity', key);
    return row;
  }

  async function current(id: string): Promise<RoleRow> {
    const row = await roles.findById(id);
    if (!row) throw notFound('role', id);
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

  return {
    async get(id: string) {
      return toRoleDto(await current(id));
    },

    async create(input: RoleCreate) {
      const person = await entityOf('person', input.person);
      const organization = await organizationOf(input.organization);
      check([
        ...(person.type === 'person' || person.type === 'other'
          ? []
          : [{ location: 'body' as const, field: 'person', message: `is a ${person.type}, not a person` }]),
        ...termErrors(input.startDate ?? null, input.endDate ?? null),
      ]);
      return transactions.run(async (tx) =>
        toRoleDto(
          await roles.create(
            {
              personId: person.id,
              title: input.title,
              organizationId: organization?.id ?? null,
              startDate: toDate(input.startDate ?? null),
              endDate: toDate(input.endDate ?? null),
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
      check(termErrors(startDate, endDate));
      return writeIfCurrent(precondition, row.version, 'role', (expected) =>
        transactions.run(async (tx) =>
          toRoleDto(
            await roles.update(
              row.id,
              expected,
              {
                ...(input.title !== undefined ? { title: input.title } : {}),
                ...(organization !== undefined ? { organizationId: organization?.id ?? null } : {}),
                startDate: toDate(startDate),
                endDate: toDate(endDate),
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
        transactions.run((tx) => roles.delete(row.id, expected, tx)),
      );
    },
  };
}

export type RoleService = ReturnType<typeof createRoleService>;
