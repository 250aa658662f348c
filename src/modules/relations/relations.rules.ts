// What a written relation must satisfy beyond its schema: pure functions, no I/O, so the rules read as a table.
import type { DatePrecision, EntityType, RelationType } from '../../generated/prisma/enums.ts';
import type { FieldError } from '../../lib/errors.ts';

const places: EntityType[] = ['place', 'port', 'country'];
const actors: EntityType[] = ['person', 'organization', 'country'];
const bodies: EntityType[] = ['organization', 'country'];

/**
 * The entity types each relation type joins, subject and object. `other` (an entity not yet typed) is accepted on
 * either side of any type: refusing it would make the relation impossible to record until someone types the entity.
 */
export const relationEnds: Record<RelationType, { subject: EntityType[]; object: EntityType[] }> = {
  located_in: { subject: ['place', 'port', 'country', 'organization', 'event'], object: places },
  part_of: {
    subject: ['place', 'port', 'country', 'organization', 'event', 'legal_instrument'],
    object: ['place', 'port', 'country', 'organization', 'event', 'legal_instrument'],
  },
  member_of: { subject: actors, object: ['organization'] },
  owns: { subject: actors, object: ['organization', 'port', 'place'] },
  operates: { subject: bodies, object: ['port', 'place', 'organization'] },
  head_of: { subject: ['person'], object: bodies },
  holds_position: { subject: ['person'], object: bodies },
  allied_with: { subject: bodies, object: bodies },
  party_to: { subject: actors, object: ['legal_instrument', 'event'] },
  successor_of: { subject: bodies, object: bodies },
};

export function endsAllowed(type: RelationType, end: 'subject' | 'object', entityType: EntityType): boolean {
  return entityType === 'other' || relationEnds[type][end].includes(entityType);
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A date as stored for its precision: a start known to the month or year is that period's first day, an end its
 * last day (so "2022" as an end covers all of 2022).
 */
export function periodDay(day: string, precision: DatePrecision, bound: 'start' | 'end'): string {
  if (precision === 'day') return day;
  const [year, month] = day.split('-').map(Number) as [number, number];
  if (bound === 'start') return precision === 'month' ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
  if (precision === 'year') return `${day.slice(0, 4)}-12-31`;
  // Day 0 of the next month is the last day of this one.
  return iso(new Date(Date.UTC(year, month, 0)));
}

/** The relation's rules on values already resolved: each broken one as a field error (422). */
export function relationErrors(relation: {
  type: RelationType;
  subject: { id: string; type: EntityType };
  object: { id: string; type: EntityType };
  startDate: string | null;
  endDate: string | null;
  share: number | null;
}): FieldError[] {
  const errors: FieldError[] = [];
  const { type, subject, object } = relation;
  if (subject.id === object.id)
    errors.push({ location: 'body', field: 'object', message: 'must be another entity than the subject' });
  if (!endsAllowed(type, 'subject', subject.type))
    errors.push({
      location: 'body',
      field: 'subject',
      message: `a ${subject.type} cannot be the subject of ${type} (it takes ${relationEnds[type].subject.join(', ')})`,
    });
  if (!endsAllowed(type, 'object', object.type))
    errors.push({
      location: 'body',
      field: 'object',
      message: `a ${object.type} cannot be the object of ${type} (it takes ${relationEnds[type].object.join(', ')})`,
    });
  if (relation.startDate !== null && relation.endDate !== null && relation.endDate < relation.startDate)
    errors.push({ location: 'body', field: 'endDate', message: `must not be before the start ${relation.startDate}` });
  if (relation.share !== null && type !== 'owns')
    errors.push({ location: 'body', field: 'share', message: `is only for owns, not ${type}` });
  return errors;
}
