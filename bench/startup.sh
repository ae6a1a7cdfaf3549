#!/usr/bin/env bash
# How long `serve` takes from launch to answering its first request, over several runs.
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=$(( 20000 + RANDOM % 20000 ))
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java -jar target/npay-preflight.jar serve --port "$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/__sim/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "serve exited early"; exit 1; }
  done
  end=$(date +%s%N)
  echo "run $run: $(( (end - start) / 1000000 )) ms"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
