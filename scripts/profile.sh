#!/usr/bin/env bash
# CPU profile of one endpoint under load, at steady state, with async-profiler.
#
# Starts the built jar on 127.0.0.1, drives the endpoint with wrk for WARMUP seconds (the JIT needs
# about two minutes of traffic on two cores), attaches async-profiler (from Maven Central,
# tools.profiler:async-profiler) with jcmd, samples CPU every millisecond while wrk runs for
# DURATION more seconds, and writes collapsed stacks to target/profile/<endpoint>.collapsed.
# It prints the JVM's CPU time per request (samples x 1 ms / requests) and the product's frames
# with their inclusive time per request.
#
# Usage (after ./mvnw package):  scripts/profile.sh validate|estimate|recommend
# Settings: WARMUP (s, 120), DURATION (s, 15), CONNECTIONS (32), JAVA (java on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

ENDPOINT=${1:?usage: scripts/profile.sh validate|estimate|recommend}
WARMUP=${WARMUP:-120}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-32}
JAVA=${JAVA:-java}
PORT=18090
OUT=target/profile
BODY=scripts/loadtest/$ENDPOINT.json
AP_VERSION=4.2
mkdir -p "$OUT"

die() { echo "profile: $*" >&2; exit 1; }
[[ -f "$BODY" ]] || die "no request body $BODY"
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
JAR=$(ls target/hparam-advisor-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
[[ -n "$JAR" ]] || die "no target/hparam-advisor-*.jar: run ./mvnw package first"
JCMD=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd
[[ -x "$JCMD" ]] || die "no jcmd beside $JAVA (a JDK is needed)"

LIB=$OUT/async-profiler/linux-x64/libasyncProfiler.so
if [[ ! -f "$LIB" ]]; then
  ./mvnw -q -B dependency:copy -Dartifact=tools.profiler:async-profiler:$AP_VERSION -DoutputDirectory="$OUT"
  (cd "$OUT" && mkdir -p async-profiler && cd async-profiler && unzip -q -o "../async-profiler-$AP_VERSION.jar" 'linux-x64/*')
fi

"$JAVA" -jar "$JAR" --server.address=127.0.0.1 --server.port=$PORT --logging.level.root=WARN > "$OUT/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
start=$SECONDS
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/readyz"; do
  (( SECONDS - start < 120 )) || die "not ready after 120 s (see $OUT/app.log)"
  sleep 0.2
done

URL=http://127.0.0.1:$PORT/v1/$ENDPOINT
echo "profile: warming up $URL for ${WARMUP}s"
BODY=$BODY wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s scripts/loadtest/post.lua "$URL" > /dev/null
# jcmd hands the options to the agent as one argument only when they are quoted inside
"$JCMD" $PID JVMTI.agent_load "$(readlink -f "$LIB")" "\"start,event=cpu,interval=1ms\"" > /dev/null
result=$(BODY=$BODY wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s scripts/loadtest/post.lua "$URL" | grep '^RESULT')
"$JCMD" $PID JVMTI.agent_load "$(readlink -f "$LIB")" \
  "\"stop,file=$(pwd)/$OUT/$ENDPOINT.collapsed,collapsed\"" > /dev/null
echo "profile: $result"

requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$result")
awk -v requests="$requests" '
  { samples = $NF; total += samples
    stack = $0; sub(/ [0-9]+$/, "", stack); n = split(stack, frames, ";"); delete seen
    for (i = 1; i <= n; i++) if (frames[i] ~ /^dev\/hparamadvisor\// && !(frames[i] in seen)) {
      seen[frames[i]] = 1; inclusive[frames[i]] += samples } }
  END {
    printf "profile: %d samples, %d requests: %.1f us of JVM CPU per request\n", total, requests, total * 1000 / requests
    print "profile: product frames, inclusive us per request:"
    for (f in inclusive) printf "%8.2f  %s\n", inclusive[f] * 1000 / requests, f
  }' "$OUT/$ENDPOINT.collapsed" | { IFS= read -r a; IFS= read -r b; echo "$a"; echo "$b"; sort -rn | head -n 25; }
echo "profile: stacks in $OUT/$ENDPOINT.collapsed (flame graph: async-profiler's converter, or any collapsed-stack tool)"
