#!/usr/bin/env bash
# Measures the README's run command: seconds from launch until the Tasklist login page answers, and the service's
# resident memory once it is up. Starts from an empty H2 database in a temporary folder each run (a fresh install).
#   src/bench/startup.sh [runs]        (default 3; needs port 8080 free)
# Run it after `./mvnw -q -DskipTests package` once, so that compiling is not measured.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s.%N)
  FITS_DB_URL="jdbc:h2:file:$data/fits-flow" ./mvnw -q -o spring-boot:run -Dspring-boot.run.profiles=demo \
    > "$data/service.log" 2>&1 &
  launcher=$!
  until curl -fs -o /dev/null http://localhost:8080/camunda/app/tasklist/default/; do
    if ! kill -0 "$launcher" 2>/dev/null; then echo "the service stopped: see $data/service.log"; exit 1; fi
    sleep 0.2
  done
  up=$(date +%s.%N)
  pid=$(pgrep -f 'org.fitsflow.FitsFlowApplication' | head -n 1)
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  printf 'run %d: login page after %.1f s, resident memory %d MiB\n' "$run" "$(echo "$up - $start" | bc)" $((rss_kb / 1024))
  kill "$pid" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
  rm -rf "$data"
done
