// Where import lines are prepared: on worker threads (IMPORT_WORKERS > 0), so that the CPU work of normalising,
// fingerprinting and linking runs on the other core while the main thread waits for PostgreSQL, or inline (0).
// Each worker builds its own linker (the gazetteer: ~18.5k reference entities plus the stored ones) once, and again
// when the stored entities change; bench/ingest-results.md gives the memory this costs.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GazetteerCache } from '../ingest/linking/gazetteer-cache.ts';
import type { WorkerRequest } from './line-worker.ts';
import type { LineOutcome } from './prepare-line.ts';
import { prepareLine } from './prepare-line.ts';

export interface LinePreparer {
  prepare(text: string, ner: boolean): Promise<LineOutcome>;
  close(): Promise<void>;
}

// Compiled (dist/, npm start) the worker is plain JavaScript; from the TypeScript source (tests, npm run dev) it
// starts without the parent's loader, so a small boot file registers tsx first.
const compiled = import.meta.url.endsWith('.js');

const failed = (detail: string): LineOutcome => ({ problem: { code: 'internal_error', status: 500, detail } });

/** `minProposalConfidence`: NER_MIN_CONFIDENCE, which every line is linked with. */
export function createLinePreparer(
  gazetteer: GazetteerCache,
  workers: number,
  minProposalConfidence: number,
): LinePreparer {
  if (workers <= 0) {
    return {
      prepare: async (text, ner) => prepareLine(text, await gazetteer.linker(), { ner, minProposalConfidence }),
      close: async () => {},
    };
  }
  type Slot = { worker: Worker; generation: number; pending: Map<number, (outcome: LineOutcome) => void> };
  const slots: Slot[] = [];
  let nextId = 0;

  function spawn(): Slot {
    const worker = compiled
      ? new Worker(new URL('./line-worker.js', import.meta.url))
      : new Worker(new URL('./line-worker-boot.mjs', import.meta.url), {
          workerData: { entry: new URL('./line-worker.ts', import.meta.url).href },
        });
    // The pool never keeps the process alive; the app closes it on shutdown.
    worker.unref();
    const slot: Slot = { worker, generation: -1, pending: new Map() };
    worker.on('message', (message: { id: number; outcome?: LineOutcome; error?: string }) => {
      const resolve = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      resolve?.(message.outcome ?? failed('The line could not be prepared because of an unexpected error.'));
    });
    const fail = () => {
      // A dead worker's lines are refused, not lost; the next line starts a new worker in its place.
      for (const resolve of slot.pending.values())
        resolve(failed('The line could not be prepared: its worker stopped.'));
      slot.pending.clear();
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    slots.push(slot);
    return slot;
  }

  return {
    async prepare(text, ner) {
      const snapshot = await gazetteer.storedSnapshot();
      while (slots.length < Math.min(workers, availableParallelism() * 2)) spawn();
      const slot = slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      if (slot.generation !== snapshot.generation) {
        slot.worker.postMessage({ type: 'gazetteer', entities: snapshot.entities } satisfies WorkerRequest);
        slot.generation = snapshot.generation;
      }
      const id = nextId++;
      return new Promise<LineOutcome>((resolve) => {
        slot.pending.set(id, resolve);
        slot.worker.postMessage({ type: 'prepare', id, text, ner, minProposalConfidence } satisfies WorkerRequest);
      });
    },
    async close() {
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
