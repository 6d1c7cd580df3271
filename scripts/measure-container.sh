#!/usr/bin/env bash
# Measures the image for docs/OPERATIONS.md: its size, cold start to ready with and without the
# AOT cache (runs alternated, same machine, same session), and memory at rest and under a
# bounded load. Everything on 127.0.0.1.
#
#   ./mvnw -DskipTests package && docker build -t hparam-advisor . && bash scripts/measure-container.sh [runs]
#
# Needs docker, curl and wrk (apt-get install wrk). Each container runs as in production:
# read-only root, a tmpfs on /tmp, a 768 MiB memory limit.
set -euo pipefail
IMAGE=${IMAGE:-hparam-advisor}
RUNS=${1:-5}
PORT=${MEASURE_PORT:-18480}
NAME=hparam-advisor-measure
LOAD_SECONDS=30
RUN_ARGS=(--read-only --tmpfs /tmp -m 768m -p "127.0.0.1:$PORT:8080")
# The image's ENTRYPOINT without -XX:AOTCache: the same JVM flags otherwise.
NO_AOT=(--entrypoint java "$IMAGE" -XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -jar application.jar)
URL="http://127.0.0.1:$PORT"

stop() { docker rm -f "$NAME" >/dev/null 2>&1 || true; }
trap stop EXIT
ms() { echo $(($(date +%s%N) / 1000000)); }
mib() { awk '{printf "%.0f", $1 / 1048576}'; }

# Milliseconds from `docker run` to the first 200 from /readyz, and Spring's own "Started in".
cold_start() {
  stop
  local t0 t1
  t0=$(ms)
  docker run -d --name "$NAME" "${RUN_ARGS[@]}" "$@" >/dev/null
  until curl -fs -o /dev/null "$URL/readyz"; do sleep 0.02; done
  t1=$(ms)
  local started
  started=$(docker logs "$NAME" 2>&1 | grep -o 'Started HparamAdvisor in [0-9.]* seconds' | grep -o '[0-9.]*' | head -1)
  echo "$((t1 - t0)) ${started:-?}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

container_memory() { # cgroup usage as docker stats reports it, and the JVM's resident set
  local usage rss
  usage=$(docker stats --no-stream --format '{{.MemUsage}}' "$NAME" | cut -d/ -f1 | tr -d ' ')
  rss=$(docker exec "$NAME" awk '/VmRSS/ {print $2 * 1024}' /proc/1/status | mib)
  echo "docker stats ${usage}, JVM RSS ${rss}MiB"
}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== docker $(docker version -f '{{.Server.Version}}'), image $IMAGE"
docker image ls "$IMAGE" --format '{{.Repository}}:{{.Tag}} {{.Size}}'
docker image inspect "$IMAGE" -f 'image size {{.Size}} bytes'
docker run --rm --entrypoint sh "$IMAGE" -c 'du -sh /opt/java/openjdk /application/lib /application/app.aot'

echo "== cold start to ready, $RUNS runs each, alternated (ms from docker run to /readyz 200; Spring's Started in, s)"
aot=() noaot=()
for ((i = 1; i <= RUNS; i++)); do
  read -r wall started < <(cold_start "$IMAGE")
  aot+=("$wall")
  echo "run $i with AOT cache:    ${wall} ms (Started in ${started} s)"
  read -r wall started < <(cold_start "${NO_AOT[@]}")
  noaot+=("$wall")
  echo "run $i without AOT cache: ${wall} ms (Started in ${started} s)"
done
echo "median with AOT cache:    $(printf '%s\n' "${aot[@]}" | median) ms"
echo "median without AOT cache: $(printf '%s\n' "${noaot[@]}" | median) ms"

echo "== memory (image as shipped, with the AOT cache)"
stop
docker run -d --name "$NAME" "${RUN_ARGS[@]}" "$IMAGE" >/dev/null
until curl -fs -o /dev/null "$URL/readyz"; do sleep 0.1; done
sleep 10
echo "at rest, 10 s after ready: $(container_memory)"
body=$(mktemp)
lua=$(mktemp --suffix=.lua)
cat >"$body" <<'JSON'
{"hyperparameters": {"learning_rate": 2e-4, "per_device_train_batch_size": 4, "gradient_accumulation_steps": 4,
 "num_train_epochs": 3, "warmup_steps": 2000, "lr_scheduler_type": "cosine", "optim": "paged_adamw_8bit",
 "lora_r": 16, "lora_alpha": 32, "max_seq_length": 4096},
 "context": {"method": "lora", "task": "chat", "model_parameters": 8.0e9, "model_max_context": 8192,
 "dataset_examples": 12000, "num_devices": 1}}
JSON
cat >"$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$body"); wrk.body = f:read("*a"); f:close()
LUA
echo "load: wrk, 2 threads, 16 connections, ${LOAD_SECONDS} s, POST /v1/validate (the envelope example)"
wrk -t2 -c16 -d"${LOAD_SECONDS}s" -s "$lua" "$URL/v1/validate" >"$body.out" &
wrk_pid=$!
for ((s = 5; s < LOAD_SECONDS; s += 5)); do
  sleep 5
  m=$(container_memory)
  echo "under load, ${s} s: $m"
done
wait "$wrk_pid"
grep -E 'Requests/sec|Latency|requests in|Non-2xx' "$body.out" | sed 's/^ */wrk: /'
sleep 5
echo "after the load, 5 s later: $(container_memory)"
for what in used committed; do
  curl -s "$URL/actuator/prometheus" | awk -v w="$what" '$1 ~ "^jvm_memory_" w "_bytes" && /area="heap"/ {sum += $NF}
    END {printf "heap %s: %.0f MiB\n", w, sum / 1048576}'
done
rm -f "$body" "$body.out" "$lua"
