#!/bin/sh
# The streaming replica of `docker compose --profile cluster up`: on first start, a base backup of the primary with
# its own replication slot (pg_basebackup -C -S: the primary keeps the WAL the replica still needs) and the standby
# settings (-R); then PostgreSQL as a hot standby. Runs as the image's postgres user.
set -eu
PGDATA=/var/lib/postgresql/data
SLOT=meridian_replica_1
export PGPASSWORD="${PRIMARY_PASSWORD}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h "$PRIMARY_HOST" -U "$PRIMARY_USER" -q; do sleep 1; done
  # The slot exists already when only this volume was removed: reuse it.
  if ! pg_basebackup -h "$PRIMARY_HOST" -U "$PRIMARY_USER" -D "$PGDATA" -X stream -R -C -S "$SLOT"; then
    rm -rf "${PGDATA:?}"/*
    pg_basebackup -h "$PRIMARY_HOST" -U "$PRIMARY_USER" -D "$PGDATA" -X stream -R -S "$SLOT"
  fi
  chmod 0700 "$PGDATA"
fi
exec postgres -D "$PGDATA" -c hot_standby=on
