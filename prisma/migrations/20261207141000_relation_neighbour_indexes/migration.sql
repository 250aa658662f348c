-- CreateIndex
CREATE INDEX "relations_subject_id_id_idx" ON "relations"("subject_id", "id");

-- CreateIndex
CREATE INDEX "relations_object_id_id_idx" ON "relations"("object_id", "id");

-- Written by hand, the why: an entity's relations of every type, a page in id order (GET /v1/entities/{id}/neighbors
-- and …/relations, both directions by default), are two of these scans merged, each stopping at the page size. With
-- only the (subject_id, type, id) and (object_id, type, id) indexes, a hub's page either sorted all its edges or
-- walked the primary key and filtered (bench/graph-results.md).
