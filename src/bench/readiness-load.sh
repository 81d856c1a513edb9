#!/usr/bin/env bash
# A load that starts with the service: what do requests get while a node boots? Starts the packaged jar in demo mode on
# a fresh H2 database and a free port, and from the moment it is launched 8 clients call the REST API as the demo
# school's administrator (HTTP Basic) without pause. Prints, before and after the node became ready
# (/actuator/health/readiness 200), how many answers were 200, 503 (and whether each carried Retry-After), 401, other,
# and how many connections were refused (port not open yet). Expected since "Readiness": 401 never, 503 only before.
#   src/bench/readiness-load.sh [requests after ready]   (default 2000)
# Run it after `./mvnw -q -DskipTests package`, so that building is not measured.
set -euo pipefail
cd "$(dirname "$0")/../.."
after=${1:-2000}
jar=$(ls target/fits-flow-*.jar | grep -v original | head -n 1)
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

java -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
  --spring.datasource.url="jdbc:h2:file:$data/fits-flow" > "$data/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -rf "$data"' EXIT

python3 - "$port" "$after" "$service" <<'PY'
import base64, sys, threading, time, urllib.error, urllib.request, os
port, after, service = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
base = f"http://127.0.0.1:{port}"
auth = "Basic " + base64.b64encode(b"administrator:demo").decode()
ready_at = None
lock = threading.Lock()
counts = {"before": {}, "after": {}}
done = threading.Event()
launched = time.time()

def count(phase, key):
    with lock:
        counts[phase][key] = counts[phase].get(key, 0) + 1
        if phase == "after" and sum(counts["after"].values()) >= after:
            done.set()

def client():
    while not done.is_set():
        phase = "after" if ready_at else "before"
        request = urllib.request.Request(base + "/engine-rest/task?maxResults=1", headers={"Authorization": auth})
        try:
            with urllib.request.urlopen(request, timeout=30) as r:
                r.read()
                count(phase, str(r.status))
        except urllib.error.HTTPError as e:
            key = str(e.code)
            if e.code == 503:
                key += " with Retry-After" if e.headers.get("Retry-After") else " without Retry-After"
            count(phase, key)
        except (urllib.error.URLError, ConnectionError, OSError):
            count(phase, "connection refused")
            time.sleep(0.05)  # the port is not open yet: do not spin

def readiness():
    global ready_at
    while not done.is_set():
        try:
            with urllib.request.urlopen(base + "/actuator/health/readiness", timeout=5) as r:
                if r.status == 200:
                    ready_at = time.time()
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        try:
            os.kill(service, 0)
        except OSError:
            print("the service stopped while starting"); done.set(); return
        time.sleep(0.1)

threads = [threading.Thread(target=client) for _ in range(8)] + [threading.Thread(target=readiness)]
for t in threads:
    t.start()
done.wait(600)
done.set()
for t in threads:
    t.join()
print(f"ready {ready_at - launched:.1f} s after launch" if ready_at else "never ready")
for phase in ("before", "after"):
    total = sum(counts[phase].values())
    parts = ", ".join(f"{k}: {v}" for k, v in sorted(counts[phase].items()))
    # A request is counted by when it was sent: a few sent just before the probe saw "ready" are answered 200.
    print(f"sent {phase} the probe saw ready: {total} requests ({parts})")
PY
