#!/usr/bin/env bash
# Builds in Release and runs the benchmarks; each prints its figures.
#   bash bench/run.sh                      # both
#   bash bench/run.sh platform --rate 200 --seconds 5 --rounds 3
#   bash bench/run.sh import
#   bash bench/run.sh auth --rate 100 --seconds 5 --rounds 3
#   bash bench/run.sh board --rate 50 --seconds 5 --rounds 3
#   bash bench/run.sh rankings --rounds 5
#   bash bench/run.sh malformed --count 10000
#   bash bench/run.sh reports --rates 100,250,500,1000 --seconds 5 --samples 20 --queue-rate 50
#   bash bench/run.sh commendations --awardees 200 --nominations 2000 --samples 50 --queue-rate 20 --seconds 10
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
[ $# -gt 0 ] && shift
dotnet build -c Release WardPlatform.sln -v q -nologo
if [ "$which" = all ] || [ "$which" = import ]; then
  dotnet run -c Release --no-build --project bench/ImportBench
fi
if [ "$which" = all ] || [ "$which" = platform ]; then
  dotnet run -c Release --no-build --project bench/PlatformBench -- "$@"
fi
if [ "$which" = all ] || [ "$which" = auth ]; then
  dotnet run -c Release --no-build --project bench/PlatformBench -- auth "$@"
fi
if [ "$which" = rankings ]; then
  dotnet run -c Release --no-build --project bench/RankingsBench -- "$@"
fi
if [ "$which" = malformed ]; then
  dotnet run -c Release --no-build --project bench/PlatformBench -- malformed "$@"
fi
if [ "$which" = board ]; then
  dotnet run -c Release --no-build --project bench/PlatformBench -- board "$@"
fi
if [ "$which" = reports ]; then
  dotnet run -c Release --no-build --project bench/ReportsBench -- "$@"
fi
if [ "$which" = commendations ]; then
  dotnet run -c Release --no-build --project bench/CommendationsBench -- "$@"
fi
