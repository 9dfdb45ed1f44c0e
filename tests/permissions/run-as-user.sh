#!/usr/bin/env bash
# Runs the permission tests (read-only files and folders) as an ordinary user, since root ignores permissions.
#
# Usage: tests/permissions/run-as-user.sh BUILD_DIR     (BUILD_DIR holds tests/coinstudio_core_tests)
#
# As root: makes the system user coinstudio-test if it is missing (no home, no login shell) and runs the tests
# as that user. As an ordinary user: runs them as is. Either way COINSTUDIO_REQUIRE_PERMISSION_TESTS=1 turns a
# test that would skip (running as root) into a failure, and this script fails if any test fails, skips or
# does not run, so a passing run means every permission test really ran.
set -euo pipefail

TEST_USER=coinstudio-test
FILTER='FileIoPermissionTest.*:UserDataStoreTest.AReadOnlyFolderGivesAClearErrorAndKeepsTheData'
MIN_TESTS=5 # the tests FILTER selects today: fewer means one was renamed away from it

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
build_dir=$(cd "$1" && pwd)
binary="$build_dir/tests/coinstudio_core_tests"
if [ ! -x "$binary" ]; then
  echo "run-as-user: no test program at $binary (build the coinstudio_core_tests target first)" >&2
  exit 2
fi

# A fresh folder for everything the run needs: readable by the test user even when the build folder is not.
work=$(mktemp -d /tmp/coinstudio-permissions.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 0755 "$work"

run_as=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id -u "$TEST_USER" >/dev/null 2>&1; then
    echo "run-as-user: creating the system user $TEST_USER"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$TEST_USER"
  fi
  uid=$(id -u "$TEST_USER")
  gid=$(id -g "$TEST_USER")
  run_as=(setpriv --reuid="$uid" --regid="$gid" --init-groups --)
  owner="$TEST_USER"
else
  owner=$(id -un)
fi

# The build folder (or a folder above it) may be closed to the test user: then run a copy of the program, with
# any library it loads from the build folder (none today: GoogleTest is linked statically).
program="$binary"
if [ ${#run_as[@]} -gt 0 ] && ! "${run_as[@]}" test -x "$binary" -a -r "$binary" 2>/dev/null; then
  mkdir -m 0755 "$work/bin"
  cp "$binary" "$work/bin/"
  program="$work/bin/coinstudio_core_tests"
  while read -r lib; do
    cp "$lib" "$work/bin/"
  done < <(ldd "$binary" | awk -v dir="$build_dir/" '$2 == "=>" && index($3, dir) == 1 { print $3 }')
  chmod -R a+rX "$work/bin"
  echo "run-as-user: $build_dir is not readable by $owner; running a copy: $program"
fi

install -d -m 0700 -o "$owner" "$work/tmp"

cmd=("${run_as[@]}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$work/tmp" TMPDIR="$work/tmp")
if [ "$program" != "$binary" ]; then cmd+=(LD_LIBRARY_PATH="$work/bin"); fi
cmd+=(COINSTUDIO_REQUIRE_PERMISSION_TESTS=1 "$program" --gtest_filter="$FILTER")
echo "run-as-user: as $owner: cd $work && ${cmd[*]}"
status=0
(cd "$work" && "${cmd[@]}") >"$work/output.txt" 2>&1 || status=$?
cat "$work/output.txt"

passed=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) tests\{0,1\}\.$/\1/p' "$work/output.txt")
if [ "$status" -ne 0 ]; then
  echo "run-as-user: FAILED: the permission tests failed (exit status $status)" >&2
  exit 1
fi
if grep -q '^\[  SKIPPED \]' "$work/output.txt"; then
  echo "run-as-user: FAILED: a permission test skipped instead of running" >&2
  exit 1
fi
if [ -z "$passed" ] || [ "$passed" -lt "$MIN_TESTS" ]; then
  echo "run-as-user: FAILED: ${passed:-0} permission tests passed, expected at least $MIN_TESTS ($FILTER)" >&2
  exit 1
fi
echo "run-as-user: all $passed permission tests ran and passed as $owner"
