#!/usr/bin/env bash
# Bulk import benchmark: a fresh database, the server, one import through the CLI; prints throughput, CPU split
# (server main thread / import workers / PostgreSQL backends) and the server's peak RSS, with the load average.
#   bench/ingest-run.sh FILE.ndjson [ner|no-ner] [extra server env, e.g. IMPORT_WORKERS=2 IMPORT_BATCH_SIZE=500]
#   COLD=1 bench/ingest-run.sh …   measures the server's first import, worker start included
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth). Creates and drops database bench_ingest_$$.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=$1; NER=${2:-no-ner}; shift 2 || shift $#
DB=bench_ingest_$$
URL=postgresql://postgres@127.0.0.1:5432/$DB
PORT=$((3900 + $$ % 90))
TICKS=$(getconf CLK_TCK)
createdb -h 127.0.0.1 -U postgres "$DB"
# STATEMENT_LOG=1: PostgreSQL logs every statement of this database with its duration (summed by statement: npx tsx bench/ingest-statements.ts bench_ingest_NNN).
[ "${STATEMENT_LOG:-0}" = 1 ] && psql -h 127.0.0.1 -U postgres -qc "ALTER DATABASE $DB SET log_min_duration_statement = 0" && echo "statement log: lines with @$DB in /var/log/postgresql/postgresql-15-main.log"
# KEEP_DB=1 keeps the database (to inspect it, or EXPLAIN ANALYZE more inserts: bench/ingest-explain.sql).
cleanup() { [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null || true; [ "${KEEP_DB:-0}" = 1 ] && echo "kept database $DB" || dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"; }
trap cleanup EXIT
env "$@" DATABASE_URL=$URL PORT=$PORT HOST=127.0.0.1 LOG_LEVEL=warn SEED_FIXTURE=false RATE_LIMIT_WRITE_MAX=0 RATE_LIMIT_READ_MAX=0 \
  node --import tsx src/server.ts > /tmp/$DB.log 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null 2>&1 && break; sleep 1; done
KEY=$(DATABASE_URL=$URL npx tsx scripts/keys.ts create --scope write --name bench 2>/dev/null | grep -o 'mk_[A-Za-z0-9_-]*' | head -1)

# The first import of a server's life starts the import workers (each loads the pipeline and builds its gazetteer,
# ~2–4 s here) and loads the reference data on the main thread: a one-line import (one small article, counted in the
# totals printed at the end) does that first, so the run below measures the steady state.
# COLD=1 skips it (the first import's time then includes the start).
if [ "${COLD:-0}" != 1 ]; then
  printf '{"url":"https://warm-up.example/1","title":"Warm-up","body":"Peru and Chile signed a trade agreement in Lima.","language":"en","publishedAt":"2023-01-01T00:00:00Z"}\n' > /tmp/$DB.warm.ndjson
  W0=$(date +%s.%N)
  MERIDIAN_KEY="$KEY" npm run -s import -- /tmp/$DB.warm.ndjson --url "http://127.0.0.1:$PORT" > /dev/null 2>&1 || true
  echo "workers started by a one-line import in $(echo "$(date +%s.%N) - $W0" | bc | cut -c1-5) s"
fi

# The CLI runs compiled (`npm run import` builds first): built here, so the timed run measures the import alone.
npm run -s build

# CPU ticks of every thread of the server: tid, name, ticks.
threads() { for t in /proc/$SERVER/task/*; do awk -v tid="${t##*/}" -v n="$(tr ' ' _ < "$t/comm")" '{print tid, n, $14+$15}' "$t/stat"; done; }
backends() { psql -h 127.0.0.1 -U postgres -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$DB'" | while read -r pid; do awk '{print $14+$15}' /proc/$pid/stat 2>/dev/null; done | paste -sd+ | bc; }
# Warm the pool's connections so the backends exist before the first sample.
threads > /tmp/$DB.before; PG0=$(backends); PG0=${PG0:-0}
echo "load before: $(uptime)"
T0=$(date +%s.%N)
# The client (the CLI reading the file and streaming it) runs on the same two cores: its CPU is printed too.
/usr/bin/time -f "client (the import CLI) CPU: %U s user + %S s system" -o /tmp/$DB.client \
  env MERIDIAN_KEY="$KEY" node dist/scripts/import.js "$FILE" --url "http://127.0.0.1:$PORT" $([ "$NER" = no-ner ] && echo --no-ner) | tail -5
T1=$(date +%s.%N)
threads > /tmp/$DB.after; PG1=$(backends); PG1=${PG1:-0}
echo "load after:  $(uptime)"
LINES=$(wc -l < "$FILE")
echo "wall: $(echo "$T1 - $T0" | bc) s for $LINES lines"
# Threads are all named "node": the main thread is the one whose id is the pid; an import worker is a thread that
# spent seconds (V8's GC and compiler threads and libuv's pool spend far less).
awk -v t="$TICKS" -v n="$LINES" -v main="$SERVER" '
  NR == FNR { before[$1] = $3; next }
  { d = ($3 - before[$1]) / t; if ($1 == main) m = d; else if (d >= 1) { w += d; list = list sprintf(" %.2f", d) } else o += d }
  END { printf "server CPU: main thread %.2f s (%.2f ms/article); busy threads (import workers) %.2f s (%.2f ms/article):%s; other threads %.2f s\n", m, m*1000/n, w, w*1000/n, list, o }' /tmp/$DB.before /tmp/$DB.after
echo "PostgreSQL backends CPU: $(echo "($PG1 - $PG0) / $TICKS" | bc -l | cut -c1-6) s ($(echo "($PG1 - $PG0) * 1000 / $TICKS / $LINES" | bc -l | cut -c1-6) ms/article)"
cat /tmp/$DB.client
grep VmHWM /proc/$SERVER/status
psql -h 127.0.0.1 -U postgres -Atc "SELECT 'articles ' || count(*) FROM articles; SELECT 'mentions ' || count(*) FROM mentions; SELECT 'claims ' || count(*) FROM claims; SELECT 'revisions ' || count(*) FROM revisions" "$DB"
