#!/usr/bin/env bash
# JMH benchmarks of the validator, estimator and recommender, without HTTP.
#   scripts/benchmark.sh                 all benchmarks
#   scripts/benchmark.sh validate        those whose name matches
# Results go to target/jmh-results.json as well.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  -rf json -rff target/jmh-results.json "${@:-dev.hparamadvisor.bench}"
