#!/usr/bin/env bash
# Checks that every C++ file of the project is laid out as .clang-format says (clang-format 14, as
# Debian 12 has it). With --fix, formats them in place instead. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check-format: clang-format is missing (apt-get install clang-format)" >&2; exit 3; }
# Tracked files and new ones not yet added (but not ignored ones), so a file is checked before its commit.
mapfile -t files < <(git ls-files --cached --others --exclude-standard 'src/*.cpp' 'src/*.h' 'tests/*.cpp' \
                       'tests/*.h' 'tools/*.cpp' 'tools/*.h' | sort -u)
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}"; then
  echo "check-format: the files above are not formatted; run scripts/check-format.sh --fix" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
