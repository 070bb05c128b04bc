#!/usr/bin/env bash
# Behaviour of the command line as a user meets it: exit codes, batches that survive bad files,
# atomic outputs, inputs left untouched. Usage: cli_test.sh PATH/TO/empreinte (run from the
# repository root). Prints "N passed, M failed" and exits non-zero on any failure.
set -uo pipefail
bin="$(realpath "$1")"
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME CONDITION-COMMAND...
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name" >&2
  fi
}

run() {  # run EXPECTED-EXIT COMMAND... ; output in $work/stdout, $work/stderr
  local expected="$1"
  shift
  "$@" >"$work/stdout" 2>"$work/stderr"
  local code=$?
  if [[ $code -ne $expected ]]; then
    echo "exit $code, expected $expected: $*" >&2
    sed 's/^/  | /' "$work/stderr" >&2
    return 1
  fi
}

contains() { grep -q -- "$2" "$1"; }

# --version, --help, usage errors
check "version exits 0" run 0 "$bin" --version
check "version names the methodology" contains "$work/stdout" "^methodology "
check "version names the factor set" contains "$work/stdout" "^factor set empreinte-factors "
check "help exits 0" run 0 "$bin" --help
check "assess --help exits 0" run 0 "$bin" assess --help
check "validate --help exits 0" run 0 "$bin" validate --help
check "factors --help exits 0" run 0 "$bin" factors --help
check "unknown command is a usage error" run 2 "$bin" frobnicate
check "no command is a usage error" run 2 "$bin"
check "assess without PATH is a usage error" run 2 "$bin" assess
check "unknown format is a usage error" run 2 "$bin" assess examples --format pdf --out "$work/x"
check "unknown option is a usage error" run 2 "$bin" assess examples --colour --out "$work/x"

# Assessing the examples writes one XML and one HTML per project, and an index.
check "examples assess" run 0 "$bin" assess examples --out "$work/out"
for example in examples/*.toml; do
  id="$(sed -n 's/^id = "\(.*\)"/\1/p' "$example" | head -1)"
  check "$example has an XML report" test -s "$work/out/$id.xml"
  check "$example has an HTML report" test -s "$work/out/$id.html"
  check "index links $id" contains "$work/out/index.html" "$id.html"
done
check "no temporary file is left" test -z "$(find "$work/out" -name '.*tmp*')"

# A bad file does not stop the batch; the exit code says so; inputs are never touched.
mkdir -p "$work/batch"
cp examples/*.toml "$work/batch/"
printf 'schema_version = 1\n[project\n' >"$work/batch/broken.toml"
before="$(cd "$work/batch" && sha256sum ./*.toml)"
check "a batch with a bad file exits 1" run 1 "$bin" assess "$work/batch" --out "$work/out2"
check "the bad file is reported with its position" contains "$work/stderr" "broken.toml:2:"
check "the other projects are still assessed" test "$(ls "$work/out2"/*.xml | wc -l)" -eq "$(ls examples/*.toml | wc -l)"
check "the index lists the rejected file" contains "$work/out2/index.html" "broken.toml"
after="$(cd "$work/batch" && sha256sum ./*.toml)"
check "inputs are untouched" test "$before" == "$after"

# Only the asked formats; validate writes nothing.
check "assess --format xml" run 0 "$bin" assess examples --format xml --out "$work/xml-only"
check "no HTML when only XML is asked" test -z "$(find "$work/xml-only" -name '*.html')"
check "validate accepts the examples" run 0 "$bin" validate examples
mkdir -p "$work/validate" && cp "$work/batch/broken.toml" "$work/validate/"
check "validate rejects a bad file" bash -c "cd '$work/validate' && '$bin' validate broken.toml >/dev/null 2>&1; test \$? -eq 1"
check "validate writes nothing" test "$(ls "$work/validate")" == "broken.toml"
check "a missing input is an error" run 1 "$bin" validate "$work/does-not-exist.toml"

# Two files with one project id would overwrite each other's reports: the second is rejected.
mkdir -p "$work/dup"
first="$(ls examples/*.toml | head -1)"
cp "$first" "$work/dup/a.toml"
cp "$first" "$work/dup/b.toml"
check "a duplicate project id is rejected" run 1 "$bin" assess "$work/dup" --out "$work/dup-out"
check "the duplicate is explained" contains "$work/stderr" "is already used by"

# An output folder that cannot be created is an error, not a crash.
check "unwritable output folder" run 1 "$bin" assess examples --out /dev/null/reports

# Comparing options across project files: every option named project-id/option-id, on the same
# draws; a bad file is reported and left out; usage errors exit 2.
univ=examples/universite-assistant-redactionnel.toml
city=examples/ville-prevision-trafic.toml
check "compare --help exits 0" run 0 "$bin" compare --help
check "compare without PATH is a usage error" run 2 "$bin" compare
check "compare with an unknown basis is a usage error" run 2 "$bin" compare "$univ" --basis yearly
check "two examples compare" run 0 "$bin" compare "$univ" "$city" --basis per-year --out "$work/cmp"
check "the table names the basis" contains "$work/stdout" "^Comparison of 7 options from 2 projects, per year; 1000 draws"
check "options are named project/option" contains "$work/stdout" " universite-assistant-redactionnel/sans-ia "
check "options of both files are ranked" contains "$work/stdout" " ville-prevision-trafic/plans-de-feux-fixes "
check "every criterion has its block" test "$(grep -cE '^(gwp|energy|primary_energy|water|adpe) \(' "$work/stdout")" -eq 5
check "the interval is printed" contains "$work/stdout" "90 % interval"
check "dominated options are flagged" contains "$work/stdout" "is dominated by"
check "weights not shared: no score, and why" contains "$work/stdout" "^note: no score: 1 of 2 projects give award weights"
check "the XML comparison is written" test -s "$work/cmp/comparison.xml"
check "the XML comparison has its root" contains "$work/cmp/comparison.xml" "<comparison-report "
check "a point run compares central values" run 0 "$bin" compare "$univ" --samples 0
check "a point run prints no interval" bash -c "! grep -q '90 % interval' '$work/stdout'"
check "one project's weights give scores" run 0 "$bin" compare "$univ"
check "the score states its method" contains "$work/stdout" "^Score out of 100, proportional method"
check "a bad file in a comparison exits 1" run 1 "$bin" compare "$univ" "$work/batch/broken.toml"
check "the bad file is reported" contains "$work/stderr" "broken.toml:2:"
check "the other file is still compared" contains "$work/stdout" "^Comparison of 4 options from 1 project"
check "a comparison of only bad files exits 1" run 1 "$bin" compare "$work/batch/broken.toml"
check "a duplicate project id in a comparison is rejected" run 1 "$bin" compare "$work/dup"
check "the duplicate is named" contains "$work/stderr" "its options would have the same names"

# Factor inspection.
check "factors list" run 0 "$bin" factors list hardware
check "at least 15 devices" test "$(grep -c '^  ' "$work/stdout")" -ge 15
check "factors show a factor" run 0 "$bin" factors show electricity/FR/gwp
check "the factor shows its source" contains "$work/stdout" "source: "
check "factors show a row" run 0 "$bin" factors show FR
check "factors show an unknown id" run 1 "$bin" factors show no-such-thing
check "factors lint" run 0 "$bin" factors lint

# A user factor folder overrides a bundled row and is named in the version.
mkdir -p "$work/factors"
cat >"$work/factors/datacentres.toml" <<'TOML'
table = "datacentres"
[[profile]]
id = "hyperscale"
name = "Hyperscale (our contract)"
pue = { value = 1.05, unit = "1", source = "contract", year = 2026 }
wue = { value = 0.1, unit = "L/kWh", source = "contract", year = 2026 }
TOML
cat >"$work/factors/sources.toml" <<'TOML'
[[source]]
id = "contract"
title = "Hosting contract, annex 4"
licence = "internal"
TOML
check "factors show with an override" run 0 "$bin" factors show datacentre/hyperscale/pue --factors "$work/factors"
check "the override is used" contains "$work/stdout" "^  1.05 1 "
check "a bad factor folder is rejected" run 1 "$bin" factors list --factors "$work/no-such-folder"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
