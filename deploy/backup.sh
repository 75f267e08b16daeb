#!/usr/bin/env bash
# Backs up the database and the data directory (media, keys) into one dated folder.
#   deploy/backup.sh /backups            (prod: needs SPRING_DATASOURCE_* or DB_* in the environment)
set -euo pipefail
dest=${1:?usage: backup.sh DEST_DIR}
data_dir=${DATA_DIR:-./data}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$dest/lotus-$stamp"
mkdir -p "$out"
chmod 700 "$out"
if [ -n "${DB_HOST:-}" ]; then
  mysqldump --single-transaction --routines -h "$DB_HOST" -P "${DB_PORT:-3306}" -u "${DB_USER:-lotus}" \
    ${DB_PASSWORD:+-p"$DB_PASSWORD"} "${DB_NAME:-lotus}" | gzip > "$out/database.sql.gz"
fi
# Embedded mode keeps the H2 database inside DATA_DIR; stop the server first for a consistent copy.
tar -C "$data_dir" -czf "$out/data.tar.gz" .
echo "backup written to $out"
