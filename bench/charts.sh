#!/usr/bin/env bash
# Chart benchmark (not a test): milliseconds per chart for nianbao's PNG path and for JFreeChart's
# ChartUtils.writeChartAsPNG on the same charts (the demo column's 2023 charts), with their ratio,
# printed as name=value lines. Usage: bench/charts.sh [rounds]   (default 5; each round draws every chart)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl generator -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cd generator
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.nianbao.chart.ChartBenchmark "${1:-5}"
