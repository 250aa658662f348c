#!/bin/sh
# Run once by the postgres image when it initialises the primary's data folder (/docker-entrypoint-initdb.d):
# lets the replica connect for streaming replication with the same password as the application role.
set -eu
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
