#!/usr/bin/env bash
# Tasklist latency at authority scale (issue 15): a FITS function's task list and count with 3,000 open tasks in one
# school, and with 10,000 spread over 50 schools, on PostgreSQL with authorization and tenant checks on.
#   src/bench/task-lists.sh [one-school|fifty-schools|both] [service arguments]     (default both)
# Needs a PostgreSQL server it may create a database on: FITS_BENCH_PG_URL (a database on that server, default
# FITS_TEST_PG_URL or jdbc:postgresql://localhost:5432/postgres), FITS_BENCH_PG_USER, FITS_BENCH_PG_PASSWORD
# (default FITS_TEST_PG_USER/PASSWORD). The service listens on a free port; FITS_BENCH_KEEP=1 keeps the database.
set -euo pipefail
cd "$(dirname "$0")/../.."
scenarios=${1:-both}; shift || true
[ "$scenarios" = both ] && scenarios="one-school fifty-schools"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
classpath="target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes
javac -d target/bench-classes -cp "$classpath" -sourcepath src/bench/java src/bench/java/org/fitsflow/bench/TaskListBenchmark.java
for scenario in $scenarios; do
  java -Xmx2g -cp "target/bench-classes:$classpath" org.fitsflow.bench.TaskListBenchmark "$scenario" "$@"
done
