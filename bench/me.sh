#!/usr/bin/env bash
# GET /api/me requests/s at 16 clients against a running Bihuan on this machine (loopback only).
# Usage: bench/me.sh [port] [clients] [max-requests] [max-seconds]
# Start the application first, e.g. java -jar target/bihuan-*.jar (default profile: H2, demo accounts).
set -euo pipefail
port="${1:-8080}"
clients="${2:-16}"
max_requests="${3:-20000}"
max_seconds="${4:-30}"
user="${BENCH_USER:-unit-a}"
password="${BENCH_PASSWORD:-demo}"
here="$(cd "$(dirname "$0")" && pwd)"

# wait (at most 120 s) until the application says it is ready: requests before that are answered 503
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:${port}/actuator/health/readiness" >/dev/null 2>&1 \
     || curl -fsS -u "${user}:${password}" "http://127.0.0.1:${port}/api/me" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

exec java "${here}/Load.java" basic "http://127.0.0.1:${port}/api/me" "${clients}" "${max_requests}" "${max_seconds}" \
  "${user}" "${password}"
