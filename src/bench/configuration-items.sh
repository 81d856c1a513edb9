#!/usr/bin/env bash
# Measures how fast one school's configuration items are listed for a Tasklist select (the incident's asset, the items
# of a request for change) in an installation serving 500 schools with about 400 items each (200,000 items) on
# PostgreSQL. Prints p50 and p95 of 300 lists and the query plan; asserts nothing about them.
#   FITS_TEST_PG_URL=jdbc:postgresql://localhost:5432/postgres FITS_TEST_PG_USER=... FITS_TEST_PG_PASSWORD=... \
#     src/bench/configuration-items.sh
# (the same PostgreSQL settings as the tests; the run makes a database of its own and leaves it for the next run to
# drop). The results are also in target/bench/configuration-items.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${FITS_TEST_PG_URL:-}" ]; then
  echo "Set FITS_TEST_PG_URL (and FITS_TEST_PG_USER, FITS_TEST_PG_PASSWORD) to a PostgreSQL server first." >&2
  exit 1
fi
rm -f target/bench/configuration-items.txt
./mvnw -B -q -Pbench test -Dtest=ConfigurationItemsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/configuration-items.txt
