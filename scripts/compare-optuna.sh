#!/usr/bin/env bash
# Our samplers (advised, tpe, random) beside Optuna's TPE and random samplers on the
# synthetic LoRA surfaces of src/test/resources/studies/objectives.json: median regret
# after 10, 20 and 40 trials over many seeds. Needs Debian's python3-optuna for
# /usr/bin/python3 (apt-get install python3-optuna).
#   scripts/compare-optuna.sh               30 seeds, 40 trials
#   scripts/compare-optuna.sh 20 40 100     seeds, trials, first seed (0)
# Optuna's TPE takes about a second a study on a loaded 2-core machine (about 6 minutes
# for 30 seeds); its results are kept in target/compare/optuna-SEEDSxBUDGET-fromFIRST.json and
# reused while objectives.json is unchanged (delete the file to rerun).
set -euo pipefail
cd "$(dirname "$0")/.."
seeds="${1:-30}"
budget="${2:-40}"
first="${3:-0}"
out=target/compare
mkdir -p "$out"
/usr/bin/python3 -c 'import optuna' || { echo "Optuna is missing: apt-get install python3-optuna" >&2; exit 1; }
./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.hparamadvisor.studies.sampling.SamplerComparison "$out/java-${seeds}x${budget}-from${first}.json" "$seeds" "$budget" "$first"
optuna_results="$out/optuna-${seeds}x${budget}-from${first}.json"
if [[ -f "$optuna_results" && "$optuna_results" -ot src/test/resources/studies/objectives.json ]]; then
  rm "$optuna_results"
fi
/usr/bin/python3 scripts/compare_optuna.py --seeds "$seeds" --budget "$budget" --first-seed "$first" \
  --java "$out/java-${seeds}x${budget}-from${first}.json" --optuna "$optuna_results" --out "$optuna_results"
