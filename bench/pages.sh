#!/usr/bin/env bash
# Pages people keep open all day, requests/s at 8 clients on one signed-in session, against a running Bihuan on this
# machine (loopback only): the intake clerk's inbox, a case search, the supervisor's dashboard.
# Usage: bench/pages.sh [port] [clients] [max-requests] [max-seconds]
# Start the application first, e.g. java -jar target/bihuan-*.jar (default profile: H2, demo accounts, password demo).
set -euo pipefail
port="${1:-8080}"
clients="${2:-8}"
max_requests="${3:-5000}"
max_seconds="${4:-30}"
password="${BENCH_PASSWORD:-demo}"
here="$(cd "$(dirname "$0")" && pwd)"
base="http://127.0.0.1:${port}"

for _ in $(seq 1 120); do
  curl -fsS "${base}/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done

status=0
run() { java "${here}/Load.java" session "${base}$2" "${clients}" "${max_requests}" "${max_seconds}" "$1" "${password}" || status=1; }
run intake /workbench/tasks
run intake "/workbench/cases?type=COMPLAINT"
run supervisor /dashboard
exit "${status}"
