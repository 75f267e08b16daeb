#!/usr/bin/env bash
# Server-side render time of each CMS page (the 200 ms goal), measured through HTTP on the running jar, signed in
# as an administrator, after a warm-up. Needs the built jar and curl.
#   bench/cms-pages.sh [requests-per-page]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
port=${PORT:-18282}
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT

DATA_DIR="$work/data" SERVER_PORT=$port ADMIN_USERNAME=bench ADMIN_PASSWORD=bench-password-123 \
  java -Xmx512m -jar mp-server/target/mp-server.jar >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do curl -fs "localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
sleep 2

jar="$work/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "localhost:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fs -o /dev/null -c "$jar" -b "$jar" "localhost:$port/login" \
  --data-urlencode username=bench --data-urlencode password=bench-password-123 --data-urlencode "_csrf=$token"

printf '%-22s %8s %8s %8s\n' page median p90 max
for page in /cms /cms/articles /cms/articles/new /cms/announcements /cms/sections /cms/partners /cms/comments \
  /cms/lexicon /cms/staff /cms/audit; do
  for _ in $(seq 1 10); do curl -fs -o /dev/null -b "$jar" "localhost:$port$page"; done
  for _ in $(seq 1 "$runs"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -b "$jar" "localhost:$port$page"
  done | sort -n | awk -v p="$page" '{t[NR]=$1*1000} END {printf "%-22s %6.1fms %6.1fms %6.1fms\n", p, t[int(NR/2)+1], t[int(NR*0.9)], t[NR]}'
done
