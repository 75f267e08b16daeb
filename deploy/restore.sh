#!/usr/bin/env bash
# Restores a folder written by backup.sh. Stop every app instance first.
#   deploy/restore.sh /backups/lotus-20261128T230000Z
set -euo pipefail
src=${1:?usage: restore.sh BACKUP_DIR}
data_dir=${DATA_DIR:-./data}
if [ -f "$src/database.sql.gz" ]; then
  : "${DB_HOST:?set DB_HOST (and DB_USER, DB_PASSWORD, DB_NAME)}"
  gunzip -c "$src/database.sql.gz" | mysql -h "$DB_HOST" -P "${DB_PORT:-3306}" -u "${DB_USER:-lotus}" \
    ${DB_PASSWORD:+-p"$DB_PASSWORD"} "${DB_NAME:-lotus}"
fi
mkdir -p "$data_dir"
tar -C "$data_dir" -xzf "$src/data.tar.gz"
chmod -R go-rwx "$data_dir"
echo "restored from $src"
