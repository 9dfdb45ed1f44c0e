#!/usr/bin/env bash
# Builds the `fuzz` preset and runs the scenario parser fuzzer for N seconds (default 20), starting
# from every scenario file of the repository and the test corpus. Usage: tests/fuzz/run-fuzz.sh [SECONDS]
# Exit status: 0 when no input crashed; otherwise libFuzzer's status, with the crashing input saved
# under build/fuzz/artifacts/ (reproduce: build/fuzz/tests/fuzz/scenario_fuzzer FILE).
set -euo pipefail

seconds="${1:-20}"
case "$seconds" in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target scenario_fuzzer -j"$(nproc)"

# libFuzzer adds the inputs it finds to its first corpus folder: give it a scratch copy so the
# repository's corpus stays as committed.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" build/fuzz/artifacts
n=0
while IFS= read -r -d '' file; do
  n=$((n + 1))
  cp "$file" "$work/corpus/$n-$(basename "$file")"
done < <(find tests/data/scenarios scenarios assets -name '*.toml' -print0)
echo "fuzzing the scenario parser for ${seconds}s from $n files"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
build/fuzz/tests/fuzz/scenario_fuzzer "$work/corpus" \
  -dict=tests/fuzz/scenario.dict \
  -max_total_time="$seconds" \
  -max_len=32768 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -print_final_stats=1 \
  -artifact_prefix=build/fuzz/artifacts/
