#!/usr/bin/env bash
# Callback throughput against the server's own floor, same run: wrk -t2 -c32 on
#  1. the floor: GET /wx/portal/{appid} with a bad signature (same controller, no crypto) -> 403
#  2. distinct encrypted CLICK pushes from many readers -> 200 with an encrypted reply
# Usage: bench/callbacks.sh [seconds]   (needs wrk: apt-get install -y wrk; builds the jar when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
THREADS=2
CONNECTIONS=32
PORT=${PORT:-18080}
export WX_APPID=wx2c2769f8efd9abc2 WX_TOKEN=benchtoken WX_AES_KEY=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; cp "$WORK/server.log" /tmp/bench-server.log 2>/dev/null; rm -rf "$WORK"' EXIT

[ -f mp-server/target/mp-server.jar ] || ./mvnw -B -q -DskipTests package
DATA_DIR="$WORK/data" SERVER_PORT=$PORT ADMIN_PASSWORD=bench-password-123 \
  java -Xmx512m -jar mp-server/target/mp-server.jar >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done

# Enough distinct pushes for warm-up and the run (a wrap-around would repeat pushes and flatter the figure).
COUNT=$(( (DURATION + 5) * 12000 ))
java bench/GeneratePushes.java "$WORK/pushes.txt" "$COUNT" "$WX_APPID" "$WX_TOKEN" "$WX_AES_KEY"
java bench/GeneratePushes.java "$WORK/warm.txt" 40000 "$WX_APPID" "$WX_TOKEN" "$WX_AES_KEY"
FLOOR_URL="http://127.0.0.1:$PORT/wx/portal/$WX_APPID?signature=bad&timestamp=$(date +%s)&nonce=1&echostr=x"

echo "== warm-up"
wrk -t$THREADS -c$CONNECTIONS -d5s "$FLOOR_URL" >/dev/null
PUSHES_FILE="$WORK/warm.txt" WRK_THREADS=$THREADS wrk -t$THREADS -c$CONNECTIONS -d5s \
  -s bench/callbacks.lua "http://127.0.0.1:$PORT" >/dev/null

HZ=$(getconf CLK_TCK)
server_cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
# The server's own CPU per request during a wrk run, in microseconds (all its threads; wrk's CPU is not counted).
cpu_per_request() { # jiffies-before jiffies-after wrk-output
  awk -v j=$(($2 - $1)) -v hz="$HZ" '/requests in/ {printf "%.0f", j / hz * 1e6 / $1}' "$3"
}

echo "== floor: GET with a bad signature (403)"
c0=$(server_cpu)
wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency "$FLOOR_URL" | tee "$WORK/floor.txt"
c1=$(server_cpu)
echo "server CPU per request: $(cpu_per_request "$c0" "$c1" "$WORK/floor.txt") us"
echo "== callbacks: distinct encrypted CLICK pushes"
c0=$(server_cpu)
PUSHES_FILE="$WORK/pushes.txt" WRK_THREADS=$THREADS wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency \
  -s bench/callbacks.lua "http://127.0.0.1:$PORT" | tee "$WORK/callbacks.txt"
c1=$(server_cpu)
echo "server CPU per callback: $(cpu_per_request "$c0" "$c1" "$WORK/callbacks.txt") us"

floor=$(awk '/Requests\/sec/ {print $2}' "$WORK/floor.txt")
callbacks=$(awk '/Requests\/sec/ {print $2}' "$WORK/callbacks.txt")
echo "== ratio callbacks/floor: $(awk -v c="$callbacks" -v f="$floor" 'BEGIN {printf "%.2f", c / f}')"
grep -q "Non-2xx" "$WORK/callbacks.txt" && { echo "callbacks answered non-2xx: see above"; exit 1; } || true
