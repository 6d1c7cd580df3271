#!/usr/bin/env bash
# Throughput and latency of hparam-advisor against the framework's floor, on loopback.
#
# The floor (bench/echo-floor) is the smallest Spring Boot web application of the same Boot
# version: one POST that reads the same JSON body into a map. Both run on this machine at the same
# time, idle in turn, and wrk drives them alternately: floor, endpoint, floor, endpoint, ... so a
# ratio compares runs a few seconds apart. Everything stays on 127.0.0.1 and every run is bounded.
#
# Usage (after ./mvnw package):
#   scripts/loadtest.sh                     throughput rounds for validate, estimate, recommend
#   SOAK=300 scripts/loadtest.sh            ... plus a soak at 64 connections for 300 s
#   COLD_START=5 scripts/loadtest.sh        ... plus cold start to ready, 5 runs each (needs Java 25)
# Settings: DURATION (s per run, 15), WARMUP (s per endpoint, 60), ROUNDS (3; figures are their median), CONNECTIONS (32), THREADS (2),
#   JAVA (the Temurin 25 JDK when installed: the JVM the container image ships; else java on PATH),
#   JAVA25 (the Temurin 25 JDK, for the AOT cache), APP_ARGS (more arguments
#   for the product only, e.g. --management.observations.enable.http.server.requests=false).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15}
WARMUP=${WARMUP:-60}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SOAK=${SOAK:-0}
COLD_START=${COLD_START:-0}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/temurin-25-jdk* 2>/dev/null | head -n 1)/bin/java}
if [[ -z "${JAVA:-}" ]]; then
  if [[ -x "$JAVA25" ]]; then JAVA=$JAVA25; else JAVA=java; fi
fi
APP_PORT=18080
FLOOR_PORT=18081
WORK=target/loadtest
LUA=scripts/loadtest/post.lua
mkdir -p "$WORK"

die() { echo "loadtest: $*" >&2; exit 1; }
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
command -v curl >/dev/null || die "curl is not installed"
JAR=$(ls target/hparam-advisor-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
[[ -n "$JAR" ]] || die "no target/hparam-advisor-*.jar: run ./mvnw package first"
FLOOR_JAR=bench/echo-floor/target/echo-floor-0.1.0-SNAPSHOT.jar
if [[ ! -f "$FLOOR_JAR" ]]; then
  echo "loadtest: building the floor (bench/echo-floor)"
  ./mvnw -q -B -f bench/echo-floor/pom.xml package -DskipTests
fi

PIDS=()
cleanup() { for pid in "${PIDS[@]:-}"; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# Waits until a URL answers 200 (GET, or POST with a body file), for at most $3 seconds.
wait_ready() {
  local url=$1 body=${2:-} limit=${3:-120} start=$SECONDS
  until if [[ -n "$body" ]]; then
      curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @"$body" "$url"
    else curl -fs -o /dev/null "$url"; fi; do
    (( SECONDS - start < limit )) || die "$url not ready after ${limit}s"
    sleep 0.05
  done
}

start_app() {
  # shellcheck disable=SC2086 # APP_ARGS holds several arguments
  "$JAVA" -jar "$JAR" --server.address=127.0.0.1 --server.port=$APP_PORT --logging.level.root=WARN ${APP_ARGS:-} \
    > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
  "$JAVA" -jar "$FLOOR_JAR" --server.address=127.0.0.1 --server.port=$FLOOR_PORT --logging.level.root=WARN \
    > "$WORK/floor.log" 2>&1 &
  PIDS+=($!)
  wait_ready "http://127.0.0.1:$APP_PORT/readyz"
  wait_ready "http://127.0.0.1:$FLOOR_PORT/echo" scripts/loadtest/validate.json
}

# Runs wrk; prints "rps p50 p99 bad".
run_wrk() {
  local url=$1 body=$2 seconds=$3 connections=$4
  BODY=$body wrk -t"$THREADS" -c"$connections" -d"${seconds}s" --timeout 5s -s "$LUA" "$url" \
    | awk '/^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] };
                     print v["rps"], v["p50_ms"], v["p99_ms"], v["non2xx_or_errors"] }'
}

mean() { awk '{ s += $1 } END { printf "%.1f", s / NR }'; }
# The median of the numbers on standard input, one a line.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "loadtest: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -n 1)"
echo "loadtest: product $JAR, floor $FLOOR_JAR; $ROUNDS rounds of ${DURATION}s at $CONNECTIONS connections"
start_app

endpoints=(validate estimate)
if curl -fs "http://127.0.0.1:$APP_PORT/v3/api-docs" | grep -q '"/v1/recommend"'; then endpoints+=(recommend); fi

echo "loadtest: warming up (${WARMUP}s each)"
run_wrk "http://127.0.0.1:$FLOOR_PORT/echo" scripts/loadtest/validate.json "$WARMUP" "$CONNECTIONS" > /dev/null
for e in "${endpoints[@]}"; do
  run_wrk "http://127.0.0.1:$APP_PORT/v1/$e" "scripts/loadtest/$e.json" "$WARMUP" "$CONNECTIONS" > /dev/null
done

printf '\n%-10s %10s %9s %9s %8s %10s %7s  %s\n' endpoint "req/s" "p50 ms" "p99 ms" "non-2xx" "floor r/s" ratio "ratio per round"
for e in "${endpoints[@]}"; do
  : > "$WORK/$e.runs"; : > "$WORK/floor-$e.runs"; : > "$WORK/ratio-$e.runs"
  for ((r = 0; r < ROUNDS; r++)); do
    floor_run=$(run_wrk "http://127.0.0.1:$FLOOR_PORT/echo" scripts/loadtest/validate.json "$DURATION" "$CONNECTIONS")
    run=$(run_wrk "http://127.0.0.1:$APP_PORT/v1/$e" "scripts/loadtest/$e.json" "$DURATION" "$CONNECTIONS")
    echo "$floor_run" >> "$WORK/floor-$e.runs"
    echo "$run" >> "$WORK/$e.runs"
    awk -v a="${run%% *}" -v b="${floor_run%% *}" 'BEGIN { printf "%.3f\n", a / b }' >> "$WORK/ratio-$e.runs"
  done
  # Each round compares the endpoint with the floor seconds before it; the median round is
  # reported, so one slow phase of the machine does not move the figure.
  rps=$(median < "$WORK/$e.runs")
  floor=$(median < "$WORK/floor-$e.runs")
  ratio=$(median < "$WORK/ratio-$e.runs")
  p50=$(awk '{ print $2 }' "$WORK/$e.runs" | median)
  p99=$(awk '{ print $3 }' "$WORK/$e.runs" | median)
  bad=$(awk '{ s += $4 } END { print s }' "$WORK/$e.runs")
  printf '%-10s %10s %9s %9s %8s %10s %7s  %s\n' "$e" "$rps" "$p50" "$p99" "$bad" "$floor" "$ratio" \
    "$(awk '{ printf "%.2f ", $1 }' "$WORK/ratio-$e.runs")"
done
floor_p=$(cat "$WORK"/floor-*.runs | awk '{ print $2 }' | mean)
floor_p99=$(cat "$WORK"/floor-*.runs | awk '{ print $3 }' | sort -n | tail -n 1)
printf '%-10s %10s %9s %9s\n' floor "$(cat "$WORK"/floor-*.runs | mean)" "$floor_p" "$floor_p99"

if (( SOAK > 0 )); then
  echo
  echo "loadtest: soak, POST /v1/validate at 64 connections for ${SOAK}s; resident memory every 15 s"
  : > "$WORK/rss.txt"
  ( while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" >> "$WORK/rss.txt"; sleep 15; done ) &
  SAMPLER=$!
  result=$(run_wrk "http://127.0.0.1:$APP_PORT/v1/validate" scripts/loadtest/validate.json "$SOAK" 64)
  kill "$SAMPLER" 2>/dev/null || true
  read -r rps p50 p99 bad <<< "$result"
  echo "soak: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx or errors: $bad"
  echo "soak: resident MiB over time: $(awk '{ printf "%d ", $1 / 1024 }' "$WORK/rss.txt")"
  half=$(( $(wc -l < "$WORK/rss.txt") / 2 ))
  first=$(head -n "$half" "$WORK/rss.txt" | sort -n | tail -n 1)
  second=$(tail -n +"$((half + 1))" "$WORK/rss.txt" | sort -n | tail -n 1)
  echo "soak: peak resident first half $((first / 1024)) MiB, second half $((second / 1024)) MiB"
fi
cleanup
PIDS=()

if (( COLD_START > 0 )); then
  [[ -x "$JAVA25" ]] || die "cold start needs Java 25 for the AOT cache (set JAVA25)"
  echo
  echo "loadtest: cold start to ready, $COLD_START runs each, $("$JAVA25" -version 2>&1 | head -n 1)"
  for name in app floor; do
    jar=$JAR; [[ $name == floor ]] && jar=$FLOOR_JAR
    rm -rf "$WORK/$name-extracted"
    "$JAVA25" -Djarmode=tools -jar "$jar" extract --destination "$WORK/$name-extracted" > /dev/null
    thin=$(ls "$WORK/$name-extracted"/*.jar)
    "$JAVA25" -XX:AOTCacheOutput="$WORK/$name.aot" -Dspring.context.exit=onRefresh -jar "$thin" \
      --server.port=0 --logging.level.root=WARN > "$WORK/$name-training.log" 2>&1
  done
  cold() { # name aot? -> seconds to ready
    local name=$1 aot=$2 port url body="" jar start
    if [[ $name == app ]]; then port=$APP_PORT; url="http://127.0.0.1:$port/readyz"
    else port=$FLOOR_PORT; url="http://127.0.0.1:$port/echo"; body=scripts/loadtest/validate.json; fi
    jar=$(ls "$WORK/$name-extracted"/*.jar)
    local flags=(); [[ $aot == aot ]] && flags=(-XX:AOTCache="$WORK/$name.aot")
    start=$(date +%s.%N)
    "$JAVA25" "${flags[@]}" -jar "$jar" --server.address=127.0.0.1 --server.port=$port --logging.level.root=WARN \
      > "$WORK/$name-cold.log" 2>&1 &
    local pid=$!
    wait_ready "$url" "$body" 120
    awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN { printf "%.2f\n", a - b }'
    kill "$pid"; wait "$pid" 2>/dev/null || true
  }
  median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
  printf '%-22s %s\n' "application" "median seconds to ready (runs)"
  for variant in "app plain" "app aot" "floor plain" "floor aot"; do
    read -r name aot <<< "$variant"
    times=$(for ((i = 0; i < COLD_START; i++)); do cold "$name" "$aot"; done)
    printf '%-22s %s (%s)\n' "$name $aot" "$(echo "$times" | median)" "$(echo "$times" | tr '\n' ' ')"
  done
fi
