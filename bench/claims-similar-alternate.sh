#!/bin/bash
# Usage: bench/claims-similar-alternate.sh <database> <requests> <rounds> <commit> <commit> …  (results: claims-similar-results.md)
# Alternates two versions of src/modules/claim-similarity over one database, back to back.
cd "$(dirname "$0")/.."
export PATH=/work/main/.tools/node-24/bin:$PATH
DB=$1; N=$2; ROUNDS=$3; shift 3
for round in $(seq 1 $ROUNDS); do
  for version in "$@"; do
    git checkout $version -- src/modules/claim-similarity
    echo "== round $round version $version $(uptime)"
    timeout 900 npx tsx bench/claims-similar.ts --database-url postgresql://postgres@127.0.0.1:5432/$DB --requests $N 2>&1 | sed -n 2,3p
  done
done
git checkout HEAD -- src/modules/claim-similarity
echo "== end $(uptime)"
