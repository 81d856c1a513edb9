#!/usr/bin/env bash
# Intake speed (issue 15): incident reports per second through /engine-rest with HTTP Basic, 8 clients, from 8 schools
# and from one school, beside the bare Camunda engine (start -> user task) run the same way on the same machine.
#   src/bench/intake.sh [h2|postgres|both]      (default h2)
# Each run starts its service in a JVM of its own on a fresh database (H2 in a temporary folder; on PostgreSQL a new
# database, dropped afterwards: FITS_BENCH_PG_URL/USER/PASSWORD or FITS_TEST_PG_*, as src/bench/task-lists.sh).
# FITS_BENCH_CLIENTS (8), FITS_BENCH_WARMUP_SECONDS (8), FITS_BENCH_SECONDS (20) shape the load; FITS_BENCH_JAVA_OPTS
# goes to the FITS Flow JVM (for example -XX:StartFlightRecording=filename=target/intake.jfr to profile it).
# Prints, per database: each rate with p50/p95, FITS Flow's rate as a share of the bare engine's, and (H2) the SQL
# statements one start costs in each.
set -euo pipefail
cd "$(dirname "$0")/../.."
databases=${1:-h2}
[ "$databases" = both ] && databases="h2 postgres"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
dependencies=$(cat target/bench-classpath.txt)
rm -rf target/bench-classes target/bench-bare-classes
javac -d target/bench-classes -cp "target/classes:$dependencies" -sourcepath src/bench/java \
  src/bench/java/org/fitsflow/bench/IntakeBenchmark.java
# Apart: FITS Flow's component scan of org.fitsflow must not find the bare engine's configuration.
javac -d target/bench-bare-classes -cp "$dependencies" -sourcepath src/bench/java \
  src/bench/java/org/fitsflow/bench/BareEngineBenchmark.java
for database in $databases; do
  echo "== $database, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  {
    # The bare engine runs without FITS Flow's classes on its class path (nor its application.yaml).
    java -Xmx1g -cp "target/bench-bare-classes:$dependencies" org.fitsflow.bench.BareEngineBenchmark "$database"
    java -Xmx1g ${FITS_BENCH_JAVA_OPTS:-} -cp "target/bench-classes:target/classes:$dependencies" \
      org.fitsflow.bench.IntakeBenchmark "$database"
  } | grep --line-buffered '^RESULT' | while IFS= read -r line; do
    line=${line#RESULT }
    # Each FITS Flow rate beside the bare engine's rate of the same run.
    if [[ $line =~ ([0-9.]+)\ /s ]]; then
      if [[ $line == "bare engine"* ]]; then
        bare=${BASH_REMATCH[1]}
      elif [ -n "${bare:-}" ]; then
        line="$line  = $(awk -v r="${BASH_REMATCH[1]}" -v b="$bare" 'BEGIN { printf "%.0f", 100 * r / b }')% of the bare engine"
      fi
    fi
    echo "   $line"
  done
  echo "   load average afterwards $(cut -d' ' -f1-3 /proc/loadavg)"
done
