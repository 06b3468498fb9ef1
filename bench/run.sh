#!/usr/bin/env bash
# Builds in Release and runs the platform benchmark; prints its figures. Options pass through:
#   bash bench/run.sh --rate 200 --seconds 5 --rounds 3
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release WardPlatform.sln -v q -nologo
dotnet run -c Release --no-build --project bench/PlatformBench -- "$@"
