import { z } from 'zod';
import { DayInput, IdOrSlug } from '../../lib/schemas.ts';

// Roles are written here and read with their people and organisations (GET /v1/entities/{idOrSlug}/roles,
// `include=roles`): the Role schema is the entities module's.

const title = z.string().trim().min(1).max(300).meta({ description: 'The office.', example: 'Minister of Defence' });
const organization = IdOrSlug.meta({
  description: 'The organization or country the office belongs to (id or slug).',
  example: 'peru',
});
const startDate = DayInput.meta({ description: 'First day in office (YYYY-MM-DD).', example: '2024-05-14' });
const endDate = DayInput.meta({ description: 'Last day in office (YYYY-MM-DD), inclusive.', example: '2025-01-31' });

export const RoleCreateSchema = z
  .strictObject({
    person: IdOrSlug.meta({ description: 'The person who holds the office (id or slug).', example: 'dina-boluarte' }),
    title,
    organization: organization.optional(),
    startDate: startDate.optional(),
    endDate: endDate.optional(),
  })
  .meta({
    id: 'RoleCreate',
    description:
      'A new term in office. Refused with 422 when the person or organization does not exist, the holder is not a person, the ' +
      'organization is not an organization or country, or the term ends before it starts.',
    examples: [{ person: 'dina-boluarte', title: 'President of Peru', organization: 'peru', startDate: '2022-12-07' }],
  });

export const RoleUpdateSchema = z
  .strictObject({
    title: title.optional(),
    organization: organization.nullable().optional(),
    startDate: startDate.nullable().optional(),
    endDate: endDate.nullable().optional(),
  })
  .meta({
    id: 'RoleUpdate',
    description:
      'The fields to change (`null` clears the organization or a date): end a term with `endDate`, correct a date or the title. ' +
      'The holder is what the role is: to move it to another person, delete it and create another.',
    examples: [{ endDate: '2025-01-31' }],
  });

export type RoleCreate = z.infer<typeof RoleCreateSchema>;
export type RoleUpdate = z.infer<typeof RoleUpdateSchema>;
