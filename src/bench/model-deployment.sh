#!/usr/bin/env bash
# Measures what a process owner waits for when deploying from Camunda Modeler: the answer time of
# /engine-rest/deployment/create (the deployment checks included) for the incident model alone, a form alone, a
# decision table alone, and a refused deployment; and how long one migration call takes for a waiting incident.
# Starts the demo on an empty H2 database in a temporary folder, on PORT (default 18081).
#   src/bench/model-deployment.sh [deployments per kind]   (default 10)
# Run it after `./mvnw -q -DskipTests package` once, so that compiling is not measured.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
port=${PORT:-18081}
base="http://localhost:$port"
data=$(mktemp -d)
# In a session of its own, so that stopping it stops Maven and the service it forked, and nothing else.
PORT=$port FITS_DB_URL="jdbc:h2:file:$data/fits-flow" setsid ./mvnw -q -o spring-boot:run -Dspring-boot.run.profiles=demo \
  > "$data/service.log" 2>&1 &
launcher=$!
trap 'kill -- -"$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs -o /dev/null "$base/actuator/health"; do
  if ! kill -0 "$launcher" 2>/dev/null; then echo "the service stopped: see $data/service.log"; exit 1; fi
  sleep 0.5
done

# deploy <deployment name> <file name> <file> <expected status>: prints seconds
deploy() {
  local out
  out=$(curl -s -o "$data/answer.json" -w '%{http_code} %{time_total}' -u admin:demo -F "deployment-name=$1" \
    -F deployment-source="Camunda Modeler" -F enable-duplicate-filtering=true -F "$2=@$3" \
    "$base/engine-rest/deployment/create")
  if [ "${out%% *}" != "$4" ]; then echo "expected $4, got: $out $(cat "$data/answer.json")" >&2; exit 1; fi
  echo "${out#* }"
}

# summary <label> <seconds...>: median and slowest in milliseconds
summary() {
  local label=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
    printf "%-34s n=%d  median %4.0f ms  slowest %4.0f ms\n", label, NR, t[int((NR + 1) / 2)], t[NR] }'
}

times=()
for i in $(seq 1 "$runs"); do
  sed "s/name=\"Restore service\" camunda:candidateGroups/name=\"Restore service ($i)\" camunda:candidateGroups/" \
    bpmn/incident-management.bpmn > "$data/incident-management.bpmn"
  times+=("$(deploy incident-management incident-management.bpmn "$data/incident-management.bpmn" 200)")
done
summary "incident model alone" "${times[@]}"

times=()
for i in $(seq 1 "$runs"); do
  sed "s/\"label\": \"Where? (room, device)\"/\"label\": \"Where? (room, device: $i)\"/" forms/incident-report.form \
    > "$data/incident-report.form"
  times+=("$(deploy incident-report incident-report.form "$data/incident-report.form" 200)")
done
summary "form alone" "${times[@]}"

times=()
for i in $(seq 1 "$runs"); do
  sed "s/<text>\"PT16H\"<\/text>/<text>\"PT$((10 + i))H\"<\/text>/" dmn/incident-targets.dmn > "$data/incident-targets.dmn"
  times+=("$(deploy incident-targets incident-targets.dmn "$data/incident-targets.dmn" 200)")
done
summary "decision table alone" "${times[@]}"

sed 's/Task_CategoriseIncident/Task_Categorise/g' bpmn/incident-management.bpmn > "$data/renamed.bpmn"
times=()
for i in $(seq 1 "$runs"); do
  times+=("$(deploy incident-management incident-management.bpmn "$data/renamed.bpmn" 400)")
done
summary "refused (a contract step renamed)" "${times[@]}"

curl -s -u teacher:demo -H 'Content-Type: application/json' -o /dev/null -d '{"variables":{"description":{"value":"Bench"},
  "service":{"value":"printing"},"impact":{"value":"one-user"},"urgency":{"value":"work-continues"},"kind":{"value":"fault"}}}' \
  "$base/engine-rest/process-definition/key/incident-management/submit-form"
sed 's/name="Restore service" camunda:candidateGroups/name="Restore service (moved)" camunda:candidateGroups/' \
  bpmn/incident-management.bpmn > "$data/incident-management.bpmn"
deploy incident-management incident-management.bpmn "$data/incident-management.bpmn" 200 > /dev/null
curl -s -o "$data/migration.json" -w 'migration of the waiting incidents: %{time_total} s\n' -u admin:demo \
  -H 'Content-Type: application/json' -d '{}' "$base/api/models/incident-management/migrations"
grep -o '"moved":\[[^]]*\]' "$data/migration.json" | head -c 200; echo
grep 'Models:' "$data/service.log" | head -n 1 | sed 's/.*Models:/start-up: Models:/' | cut -c1-120
