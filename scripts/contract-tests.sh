#!/usr/bin/env bash
# Schema-driven contract and negative tests against the built jar, on 127.0.0.1 only.
#
# Portman turns the OpenAPI document the service serves into a Postman collection: the
# documented examples with contract tests (status, content type, JSON body, response
# schema), and variations that break the request (a required field removed, a number below
# its minimum or above its maximum, a string too short or too long, a field of the wrong
# type) and expect a documented 400 problem. Newman runs it. Every answer must also be
# below 500, and every error application/problem+json.
#
# Needs the jar (./mvnw package), Java 17+, Node.js 18+ and npm. Installs Portman and Newman
# at the versions of src/test/contract/package-lock.json into target/contract-tests, from
# the npm registry only. Writes the collection, the service log, junit.xml and newman.json
# there. Exits non-zero on any failure; the last line is "N passed, N failed".
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/target/contract-tests"
contract="$root/src/test/contract"
mkdir -p "$out"

jars=()
for jar in target/hparam-advisor-*.jar; do
	[[ -f $jar && $jar != *-plain.jar ]] && jars+=("$jar")
done
if [[ ${#jars[@]} -ne 1 ]]; then
	echo "contract-tests: expected one target/hparam-advisor-*.jar, found ${#jars[@]}; run ./mvnw package first" >&2
	exit 2
fi
jar="${jars[0]}"

# Portman and Newman, installed locally and only again when the lock file changes.
stamp="$out/node_modules/.installed-from"
if [[ ! -f $stamp ]] || ! cmp -s "$contract/package-lock.json" "$stamp"; then
	echo "contract-tests: installing Portman and Newman into $out"
	cp "$contract/package.json" "$contract/package-lock.json" "$out/"
	(cd "$out" && timeout 240 npm ci --no-audit --no-fund --loglevel=error)
	cp "$contract/package-lock.json" "$stamp"
fi

port=$(node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });")
base="http://127.0.0.1:$port"

# OpenAPI 3.0 for this run: the converter Portman uses reads 3.1 only in part.
java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
	--springdoc.api-docs.version=openapi_3_0 --spring.main.banner-mode=off \
	>"$out/service.log" 2>&1 &
service=$!
stop() {
	kill "$service" 2>/dev/null || true
	wait "$service" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 120); do
	if curl -fsS -o /dev/null "$base/readyz" 2>/dev/null; then
		break
	fi
	if ! kill -0 "$service" 2>/dev/null; then
		echo "contract-tests: the service stopped while starting; see $out/service.log" >&2
		exit 1
	fi
	sleep 0.5
done
curl -fsS -o /dev/null "$base/readyz" || { echo "contract-tests: the service was not ready in 60 s" >&2; exit 1; }

curl -fsS "$base/v3/api-docs" -o "$out/openapi.json"
node "$contract/for-portman.js" "$out/openapi.json" >"$out/openapi-for-portman.json"
node "$contract/wrong-types.js" "$out/openapi-for-portman.json" "$contract/portman-config.json" >"$out/portman-config.json"

rm -f "$out/collection.json" "$out/junit.xml" "$out/newman.json"
(cd "$out" && timeout 120 node node_modules/@apideck/portman/bin/portman \
	--local "$out/openapi-for-portman.json" --baseUrl "$base" \
	--portmanConfigFile "$out/portman-config.json" \
	--postmanConfigFile "$contract/postman-config.json" \
	--output "$out/collection.json" >"$out/portman.log" 2>&1) \
	|| { cat "$out/portman.log" >&2; echo "contract-tests: Portman failed" >&2; exit 1; }

status=0
timeout 180 node "$out/node_modules/newman/bin/newman.js" run "$out/collection.json" \
	--env-var "baseUrl=$base" --timeout-request 20000 --timeout 150000 --color off \
	--reporters cli,junit,json \
	--reporter-junit-export "$out/junit.xml" --reporter-json-export "$out/newman.json" \
	|| status=$?

if [[ ! -f $out/newman.json ]]; then
	echo "contract-tests: Newman wrote no report"
	echo "0 passed, 1 failed"
	exit 1
fi
node -e '
const run = require(process.argv[1]).run;
const requests = run.executions.length;
const total = run.stats.assertions.total;
const failed = run.stats.assertions.failed;
console.log(`contract-tests: ${requests} requests, ${total} assertions; report in target/contract-tests/junit.xml`);
console.log(`${total - failed} passed, ${failed} failed`);
' "$out/newman.json"
exit "$status"
