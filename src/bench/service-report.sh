#!/usr/bin/env bash
# Measures one school's monthly service report in an installation serving 500 schools with a school year of records
# each (about 250,000 incidents) on PostgreSQL: first with 50 schools' records, then with all 500, for the same
# schools. Prints the times and the plan of the incidents query; asserts nothing about them.
#   FITS_TEST_PG_URL=jdbc:postgresql://localhost:5432/postgres FITS_TEST_PG_USER=... FITS_TEST_PG_PASSWORD=... \
#     src/bench/service-report.sh
# (the same PostgreSQL settings as the tests; the run makes a database of its own and leaves it for the next run to
# drop). The results are also in target/bench/service-report.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${FITS_TEST_PG_URL:-}" ]; then
  echo "Set FITS_TEST_PG_URL (and FITS_TEST_PG_USER, FITS_TEST_PG_PASSWORD) to a PostgreSQL server first." >&2
  exit 1
fi
rm -f target/bench/service-report.txt
./mvnw -B -q -Pbench test -Dtest=ServiceReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/service-report.txt
