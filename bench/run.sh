#!/usr/bin/env bash
# Builds in Release and runs the benchmarks; each prints its figures.
#   bash bench/run.sh                      # both
#   bash bench/run.sh platform --rate 200 --seconds 5 --rounds 3
#   bash bench/run.sh import
#   bash bench/run.sh auth --rate 100 --seconds 5 --rounds 3
#   bash bench/run.sh board --rate 50 --seconds 5 --rounds 3
#   bash bench/run.sh signin --people 30 --spread 60    # an office signing in from one address, production limits
#   bash bench/run.sh rankings --rounds 5
#   bash bench/run.sh malformed --count 10000
#   bash bench/run.sh reports --rates 100,250,500,1000 --seconds 5 --samples 20 --queue-rate 50
#   bash bench/run.sh commendations --awardees 200 --nominations 2000 --samples 50 --queue-rate 20 --seconds 10
#   bash bench/run.sh faults --faults 50 --rate 20 --soak 600   # the fault run: the suite's FaultRunTests, longer
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
if [ "$which" = signin ]; then
  dotnet run -c Release --no-build --project bench/PlatformBench -- signin "$@"
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
if [ "$which" = faults ]; then
  # The same test the suite runs with one fault of each kind, here with more faults, a soak and the table written out.
  faults=50 rate=20 soak=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --faults) faults=$2; shift 2 ;;
      --rate) rate=$2; shift 2 ;;
      --soak) soak=$2; shift 2 ;;
      *) echo "faults: unknown option $1" >&2; exit 2 ;;
    esac
  done
  report=$(mktemp)
  WARD_FAULTS=$faults WARD_FAULT_RATE=$rate WARD_SOAK_SECONDS=$soak WARD_FAULT_REPORT=$report \
    dotnet test -c Release --no-build tests/WardPlatform.Tests --filter "FullyQualifiedName~FaultRunTests" || status=$?
  cat "$report"
  rm -f "$report"
  exit "${status:-0}"
fi
