/**
 * Group commit for concurrent callers: calls made while a batch runs wait for it to finish and then run together as
 * the next batch (at most `max` at once). With one call at a time this adds no delay; under load each database round
 * trip serves many deliveries. Every caller gets its own result, or the batch's error.
 */
export function groupCalls<In, Out>(run: (inputs: In[]) => Promise<Out[]>, max: number): (input: In) => Promise<Out> {
  type Waiting = { input: In; resolve: (value: Out) => void; reject: (error: unknown) => void };
  let waiting: Waiting[] = [];
  let running = false;

  async function drain() {
    running = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, max);
      waiting = waiting.slice(batch.length);
      try {
        const results = await run(batch.map((entry) => entry.input));
        for (const [index, entry] of batch.entries()) entry.resolve(results[index] as Out);
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    running = false;
  }

  return (input: In) =>
    new Promise<Out>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (!running) void drain();
    });
}
