-- CreateIndex
CREATE INDEX "relations_subject_id_id_idx" ON "relations"("subject_id", "id") INCLUDE ("type", "status", "start_date", "end_date", "object_id");

-- CreateIndex
CREATE INDEX "relations_object_id_id_idx" ON "relations"("object_id", "id") INCLUDE ("type", "status", "start_date", "end_date");

-- Written by hand (Prisma does not model INCLUDE), the why: an entity's relations of every type, a page in id order
-- (GET /v1/entities/{id}/neighbors and …/relations, both directions by default), are two of these scans merged, each
-- stopping at the page size. They carry the columns the filters read (type, status, the dates; the subject side also
-- the object, which a role may lack), so each is an index-only scan: with the (subject_id, type, id) and
-- (object_id, type, id) indexes alone, or these without the included columns, the planner walked the primary key of
-- a hub and filtered, costing as much as the hub is large (bench/graph-results.md).
