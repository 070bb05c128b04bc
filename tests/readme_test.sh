#!/usr/bin/env bash
# The README's set-up commands are what users and CI run: check that .ci/run runs the README's
# second command verbatim, and that the first one assesses the examples.
set -uo pipefail
ci_command="$(tail -n 1 .ci/run)"
passed=0
failed=0
if grep -qxF "$ci_command" README.md; then
  passed=$((passed + 1))
else
  echo "FAIL: .ci/run's command is not a line of README.md: $ci_command" >&2
  failed=$((failed + 1))
fi
if grep -qE '^\.ci/install-deps && .*build/empreinte assess examples' README.md; then
  passed=$((passed + 1))
else
  echo "FAIL: README.md's first command no longer assesses the examples" >&2
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
