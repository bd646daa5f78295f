#!/usr/bin/env bash
# Start-up to the first served login page, with and without the JDK's AOT cache (JEP 483/514), same machine,
# same run, alternating so a change in machine load hits both alike. Prints every run, the medians and the ratio.
#
#   scripts/startup-benchmark.sh [jar] [repetitions]
#
# The app runs in the prod profile against an external MariaDB (a database of its own; the first start creates
# the schema): DB_URL, DB_USER, DB_PASSWORD; ports PORT and MANAGEMENT_PORT. Needs JDK 25 (JAVA_HOME) and curl.
# As Spring Boot documents it: the jar is extracted (java -Djarmode=tools ... extract), a training run
# (-Dspring.context.exit=onRefresh) writes the cache with -XX:AOTCacheOutput, and -XX:AOTCache uses it.
set -euo pipefail

JAR=${1:-target/activation-desk-0.1.0-SNAPSHOT.jar}
REPETITIONS=${2:-5}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
DB_URL=${DB_URL:-jdbc:mariadb://127.0.0.1:3306/activationdesk_startup?createDatabaseIfNotExist=true}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
PORT=${PORT:-18180}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18181}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/startup-benchmark.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

APP_ARGS=(--spring.profiles.active=prod --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT"
  --spring.datasource.url="$DB_URL" --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD"
  --spring.mail.host=127.0.0.1 --spring.mail.port=2525
  --activationdesk.public-base-url=http://localhost:"$PORT"
  --activationdesk.bootstrap-admin.email=admin@example.com --activationdesk.bootstrap-admin.password=startup-benchmark-2026)

"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP_JAR=$(ls "$WORK"/app/*.jar)
cd "$WORK/app"

echo "Training run (writes the AOT cache; also creates the schema on a fresh database) ..."
"$JAVA" -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$APP_JAR" "${APP_ARGS[@]}" \
  >"$WORK/training.log" 2>&1 || { tail -40 "$WORK/training.log"; exit 1; }
echo "AOT cache: $(du -h "$WORK/app.aot" | cut -f1)"

# Milliseconds from the JVM's launch until GET /login answers 200; the server is stopped afterwards.
measure() {
  local started pid ms
  started=$(date +%s%N)
  "$JAVA" "$@" -jar "$APP_JAR" "${APP_ARGS[@]}" >"$WORK/run.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$WORK/run.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

plain=(); cached=()
for i in $(seq 1 "$REPETITIONS"); do
  plain+=("$(measure)")
  cached+=("$(measure -XX:AOTCache="$WORK/app.aot")")
  echo "run $i: without cache ${plain[-1]} ms, with AOT cache ${cached[-1]} ms"
done
p=$(printf '%s\n' "${plain[@]}" | median)
c=$(printf '%s\n' "${cached[@]}" | median)
echo "median without cache: $p ms; with AOT cache: $c ms; ratio $(awk -v c="$c" -v p="$p" 'BEGIN {printf "%.2f", c / p}')"
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ))"
