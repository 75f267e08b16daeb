#!/usr/bin/env bash
# Callbacks sustained: distinct encrypted CLICK pushes (wrk -t2 -c32) for MINUTES one-minute rounds in a row against
# one server, reporting per minute callbacks/s, p50, p99, errors and the server's CPU per callback, then the heap in
# use after a full GC and the entries of the in-memory store. A flat p99 over the rounds means no cost grows with the
# pushes already answered. Each minute gets its own pushes, stamped for that minute (the portal accepts ±300 s).
# Usage: bench/sustained.sh [minutes] [pushes-per-second-cap]   (needs wrk, curl, jcmd; builds the jar when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-5}
RATE=${2:-9000}
PORT=${PORT:-18083}
export WX_APPID=wx2c2769f8efd9abc2 WX_TOKEN=benchtoken WX_AES_KEY=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
HZ=$(getconf CLK_TCK)
proc_cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }

[ -f mp-server/target/mp-server.jar ] || ./mvnw -B -q -DskipTests package
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
DATA_DIR="$WORK/data" SERVER_PORT=$PORT ADMIN_PASSWORD=bench-password-123 \
  java -Xmx512m -jar mp-server/target/mp-server.jar >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done

start=$(( $(date +%s) + 90 ))
echo "== preparing $MINUTES x 60 s of pushes at up to $RATE/s"
java bench/GeneratePushes.java "$WORK/warm.txt" 60000 "$WX_APPID" "$WX_TOKEN" "$WX_AES_KEY"
for m in $(seq 1 "$MINUTES"); do
  java bench/GeneratePushes.java "$WORK/minute-$m.txt" $(( RATE * 60 )) "$WX_APPID" "$WX_TOKEN" "$WX_AES_KEY" \
    $(( start + (m - 1) * 60 + 30 ))
done
echo "== warm-up (30 s)"
PUSHES_FILE="$WORK/warm.txt" WRK_THREADS=2 wrk -t2 -c32 -d30s -s bench/callbacks.lua "http://127.0.0.1:$PORT" >/dev/null
while [ "$(date +%s)" -lt "$start" ]; do sleep 1; done

printf '%-7s %12s %9s %9s %7s %14s\n' minute callbacks/s p50_ms p99_ms errors cpu_us/callback
for m in $(seq 1 "$MINUTES"); do
  before=$(proc_cpu "$SERVER")
  PUSHES_FILE="$WORK/minute-$m.txt" WRK_THREADS=2 wrk -t2 -c32 -d60s --latency -s bench/callbacks.lua \
    "http://127.0.0.1:$PORT" >"$WORK/round-$m.txt"
  after=$(proc_cpu "$SERVER")
  awk -v m="$m" -v jiffies=$((after - before)) -v hz="$HZ" '
    /Requests\/sec/ {rps = $2}
    /requests in/ {n = $1}
    /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    /errors/ && /callbacks\/s/ {err = $NF}
    /Non-2xx/ {err += $NF}
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END {printf "%-7s %12.0f %9.2f %9.2f %7d %14.0f\n", m, rps, ms(p50), ms(p99), err, jiffies / hz * 1e6 / n}' \
    "$WORK/round-$m.txt"
  grep -q wrapped "$WORK/round-$m.txt" && echo "   (minute $m wrapped around its pushes: raise the rate cap)" || true
done
jcmd "$SERVER" GC.run >/dev/null
echo "== heap in use after a full GC: $(jcmd "$SERVER" GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
grep -iE 'error|exception' "$WORK/server.log" | head -5 || true
