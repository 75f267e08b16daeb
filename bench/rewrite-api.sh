#!/usr/bin/env bash
# Times POST /api/rewrite on a 20,000-character mixed Chinese/French article with a 3,000-entry lexicon, through
# the running jar (HTTP, JSON, authentication and all). Needs the built jar, python3 and curl.
#   bench/rewrite-api.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
port=${PORT:-18181}
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT

DATA_DIR="$work/data" SERVER_PORT=$port ADMIN_USERNAME=bench ADMIN_PASSWORD=bench-password-123 \
  java -Xmx512m -jar mp-server/target/mp-server.jar >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -fs "localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done

python3 - "$work" <<'PY'
import json, random, sys
work = sys.argv[1]
random.seed(7)
han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
fr = "les femmes peuvent se faire dépister gratuitement et anonymement au centre de santé le jeudi".split()
entries, seen = [], set()
while len(entries) < 3000:
    n = random.randint(2, 4)
    term = "".join(random.choice(han) for _ in range(n))
    if term in seen: continue
    seen.add(term)
    entries.append(f"{term}\t{'' if len(entries) % 10 == 0 else '甲乙'}\tzh\tbench")
open(f"{work}/lexicon.tsv", "w").write("\n".join(entries) + "\n")
text, terms = [], [e.split("\t")[0] for e in entries]
while sum(len(t) for t in text) < 20000:
    r = random.random()
    text.append(random.choice(terms) if r < 0.02 else " ".join(random.sample(fr, 5)) + " " if r < 0.3 else random.choice(han))
body = "".join(text)[:20000]
json.dump({"text": body, "format": "text", "language": "zh"}, open(f"{work}/article.json", "w"), ensure_ascii=False)
PY

curl -fs -u bench:bench-password-123 -H 'Content-Type: text/tab-separated-values' \
  --data-binary @"$work/lexicon.tsv" "localhost:$port/api/lexicon/import" >/dev/null
for _ in $(seq 1 20); do  # warm-up
  curl -fs -o /dev/null -u bench:bench-password-123 -H 'Content-Type: application/json' \
    --data-binary @"$work/article.json" "localhost:$port/api/rewrite"
done
for _ in $(seq 1 "$runs"); do
  curl -fs -o /dev/null -w '%{time_total}\n' -u bench:bench-password-123 -H 'Content-Type: application/json' \
    --data-binary @"$work/article.json" "localhost:$port/api/rewrite"
done | sort -n | awk '{t[NR]=$1*1000} END {printf "runs=%d median=%.1f ms p90=%.1f ms max=%.1f ms\n", NR, t[int(NR/2)+1], t[int(NR*0.9)], t[NR]}'
