#!/usr/bin/env bash
# Start-up time and heap of the built jar, capped at 512 MB of heap, in both profiles: the embedded default (H2 under
# a fresh DATA_DIR) and `prod` (MariaDB database `lotus_bench`, recreated each run, and Redis on 127.0.0.1:6379).
# Time is from launching `java` to the first 200 of /actuator/health; heap is what stays in use after a full GC,
# first right after start, then after 200 rewrites of a 20,000-character article through /api/rewrite.
# Layout `jar` runs mp-server/target/mp-server.jar as built; `cds` runs it as deploy/Dockerfile does: extracted
# (`-Djarmode=tools extract`) with a class data sharing archive from one training start.
# Needs the built jar (`./mvnw -B -q -DskipTests package`), curl, python3, jcmd, and for `prod` the mariadb client.
#   bench/startup.sh [runs] [embedded|prod|both] [jar|cds]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
which=${2:-both}
layout=${3:-jar}
port=${PORT:-18191}
jar=mp-server/target/mp-server.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -q -DskipTests package" >&2; exit 2; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
java -version 2>&1 | head -n 1

python3 - "$work" <<'PY'
import json, random, sys
random.seed(11)
han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
body = "".join(random.choice(han) if random.random() < 0.8 else " préservatif " for _ in range(20000))[:20000]
json.dump({"text": body, "format": "text", "language": "zh"}, open(sys.argv[1] + "/article.json", "w"),
          ensure_ascii=False)
PY

run_dir=$PWD
java_args=(-Xmx512m -jar "$jar")
if [ "$layout" = cds ]; then
  java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
  # The training start of deploy/Dockerfile: the embedded profile, stopped once the context is refreshed.
  (cd "$work/app" && DATA_DIR="$work/training" ADMIN_USERNAME=training ADMIN_PASSWORD=training-only-password \
    java -Xmx512m -XX:ArchiveClassesAtExit="$work/app/lotus.jsa" -Dspring.context.exit=onRefresh -jar mp-server.jar \
    >"$work/training.log" 2>&1)
  # Same working directory and class path as the training start, or the JVM would not use the archive.
  run_dir=$work/app
  java_args=(-Xmx512m -XX:SharedArchiveFile=lotus.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar mp-server.jar)
fi
echo "layout: $layout"

heap_used_mb() { # pid: heap in use after a full GC, in MB
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024}}'
}

run_once() { # profile
  local profile=$1 data="$work/data-$RANDOM" start end
  local -a env=(DATA_DIR="$data" SERVER_PORT="$port" ADMIN_USERNAME=bench ADMIN_PASSWORD=bench-password-123)
  if [ "$profile" = prod ]; then
    mariadb --protocol=tcp -h 127.0.0.1 -u root -e \
      "DROP DATABASE IF EXISTS lotus_bench; CREATE DATABASE lotus_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    env+=(SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/lotus_bench
      SPRING_DATASOURCE_USERNAME=root SPRING_DATA_REDIS_URL=redis://127.0.0.1:6379)
  fi
  start=$(date +%s%N)
  (cd "$run_dir" && exec env "${env[@]}" java "${java_args[@]}") >"$work/server.log" 2>&1 &
  pid=$!
  until curl -fs "localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the jar stopped:" >&2; tail -n 20 "$work/server.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  local spring after_start after_load
  spring=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$work/server.log" | grep -o '[0-9.]* seconds' || true)
  after_start=$(heap_used_mb "$pid")
  for _ in $(seq 1 200); do
    curl -fs -o /dev/null -u bench:bench-password-123 -H 'Content-Type: application/json' \
      --data-binary @"$work/article.json" "localhost:$port/api/rewrite"
  done
  after_load=$(heap_used_mb "$pid")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
  printf '%-8s ready in %5d ms (Spring: %s), heap after start %s MB, after 200 rewrites %s MB\n' \
    "$profile" $(((end - start) / 1000000)) "${spring:-?}" "$after_start" "$after_load"
}

profiles=(embedded prod)
[ "$which" = both ] || profiles=("$which")
for profile in "${profiles[@]}"; do
  for _ in $(seq 1 "$runs"); do
    run_once "$profile"
  done
done
