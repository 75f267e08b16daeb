#!/bin/sh
# Builds and runs the rewriter's JMH benchmark (sensitive-words, profile "bench"), never part of the normal build.
# Usage: bench/rewriter.sh [JMH options]   e.g. bench/rewriter.sh -f1 -wi 0 -i 1 -r 2s for a smoke run
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -pl sensitive-words -Pbench compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
cp="sensitive-words/target/bench/classes:$(cat sensitive-words/target/bench/classpath.txt)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
java -version 2>&1 | head -n 1
# Settings for a two-core machine (about three minutes for the five benchmarks): six 3-second warm-up iterations, as three were too few
# for the rewriter's segmentation paths to compile. Any argument replaces them; `-e houbb -e naive` keeps only the
# rewriter, the bare scan and the article.
if [ $# -eq 0 ]; then
  set -- -f1 -wi 6 -w 3s -i 5 -r 3s
fi
exec java -Xms2g -Xmx2g -cp "$cp" org.openjdk.jmh.Main RewriterBenchmark "$@"
