// An import worker thread: turns NDJSON lines into prepared articles (prepare-line.ts) with a linker of its own,
// rebuilt when the main thread sends a new gazetteer snapshot. No database, no shared state.
import { parentPort } from 'node:worker_threads';
import { buildLinker, type StoredGazetteerEntity } from '../ingest/linking/gazetteer-cache.ts';
import type { Linker } from '../ingest/linking/linker.ts';
import { prepareLine } from './prepare-line.ts';

export type WorkerRequest =
  | { type: 'gazetteer'; entities: StoredGazetteerEntity[] }
  | { type: 'prepare'; id: number; text: string; ner: boolean; minProposalConfidence: number };

let linker: Linker | undefined;
parentPort!.on('message', (message: WorkerRequest) => {
  if (message.type === 'gazetteer') {
    linker = buildLinker(message.entities);
    return;
  }
  try {
    parentPort!.postMessage({ id: message.id, outcome: prepareLine(message.text, linker!, message) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
