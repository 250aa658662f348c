// Sequential latency of GET /v1/search queries against a running server: min / p50 / p95 / max over N runs each
// (after two warm-up runs). On a shared machine, min is the least disturbed by other load.
//   node bench/search-latency.mjs http://127.0.0.1:3012 20 'q=karana' 'q=karana&sort=newest' …
const [base, runsText, ...queries] = process.argv.slice(2);
const runs = Number(runsText);
for (const query of queries) {
  const times = [];
  let body;
  for (let run = 0; run < runs + 2; run += 1) {
    const started = performance.now();
    const response = await fetch(`${base}/v1/search?${query}`);
    body = await response.json();
    if (response.status !== 200) throw new Error(`${query}: ${response.status} ${JSON.stringify(body)}`);
    if (run >= 2) times.push(performance.now() - started); // two warm-up runs
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  const total = body.articles?.total ?? body.claims?.total;
  const facets = body.facets ? ` facets:${body.facets.sampled ? `sampled(${body.facets.sampleSize})` : 'exact'}` : '';
  console.log(`${query.padEnd(60)} min ${at(0).padStart(6)} ms  p50 ${at(0.5).padStart(6)} ms  p95 ${at(0.95).padStart(6)} ms  max ${at(1).padStart(6)} ms  total ${total?.value}${total?.exact ? '' : '~'}${facets}`);
}
