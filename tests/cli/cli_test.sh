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

# --jobs: the same report files and the same console output, in the same order, whatever the
# number of threads. More files than a window of 2 x jobs, a broken file, a file with a quoted
# error, a duplicate id and a missing path, so that the reorder buffer and every message count.
mkdir -p "$work/jobs-in"
for copy in 1 2 3 4; do
  for example in examples/*.toml; do
    sed "0,/^id = \"\(.*\)\"/s//id = \"\1-$copy\"/" "$example" \
      >"$work/jobs-in/$copy-$(basename "$example")"
  done
done
printf 'schema_version = 1\n[project\n' >"$work/jobs-in/2-broken.toml"
sed 's/^hours_per_year = 104$/hourz = 104/' examples/ville-prevision-trafic.toml \
  >"$work/jobs-in/3-typo.toml"
cp "$work/jobs-in/1-$(basename "$first")" "$work/jobs-in/4-zz-duplicate.toml"
jobs_batch() {  # jobs_batch NAME OPTIONS... ; reports in $work/jobs-NAME, console in NAME.*
  local name="$1"
  shift
  rm -rf "$work/jobs-out"
  "$bin" assess "$work/jobs-in" "$work/jobs-in/missing.toml" --out "$work/jobs-out" "$@" \
    >"$work/jobs-$name.stdout" 2>"$work/jobs-$name.stderr"
  echo $? >"$work/jobs-$name.exit"
  mv "$work/jobs-out" "$work/jobs-$name"
}
same_batch() {  # same_batch NAME REFERENCE: equal exit code, report files, stdout and stderr
  cmp -s "$work/jobs-$1.exit" "$work/jobs-$2.exit" && diff -r "$work/jobs-$1" "$work/jobs-$2" &&
    cmp "$work/jobs-$1.stdout" "$work/jobs-$2.stdout" &&
    cmp "$work/jobs-$1.stderr" "$work/jobs-$2.stderr"
}
jobs_batch 1 --jobs 1
check "a batch with bad files exits 1 with --jobs 1" test "$(cat "$work/jobs-1.exit")" -eq 1
check "the typo is quoted" contains "$work/jobs-1.stderr" "3-typo.toml:.*unknown key 'hourz'"
check "the duplicate is rejected" contains "$work/jobs-1.stderr" "4-zz-duplicate.toml: error: project id"
jobs_batch 4 --jobs 4
check "a bad file does not stop a parallel batch" test "$(ls "$work/jobs-4"/*.xml | wc -l)" -eq 12
check "--jobs 4 gives the reports and messages of --jobs 1" same_batch 4 1
jobs_batch 3 --jobs 3
check "--jobs 3 gives the reports and messages of --jobs 1" same_batch 3 1
jobs_batch default
check "the default --jobs gives the reports and messages of --jobs 1" same_batch default 1
jobs_batch seed-1 --jobs 1 --samples 16 --seed 7
jobs_batch seed-4 --jobs 4 --samples 16 --seed 7
check "--samples and --seed are accepted" test "$(cat "$work/jobs-seed-1.exit")" -eq 1
check "a seeded batch is the same whatever --jobs" same_batch seed-4 seed-1
check "validate --jobs 4 says what validate --jobs 1 says" bash -c "
  cd '$work' && '$bin' validate jobs-in --jobs 1 >v1.out 2>v1.err; echo \$? >v1.exit
  '$bin' validate jobs-in --jobs 4 >v4.out 2>v4.err; echo \$? >v4.exit
  cmp -s v1.out v4.out && cmp -s v1.err v4.err && cmp -s v1.exit v4.exit && test -s v1.err"

# --jobs, --samples and --seed take whole numbers; anything else is a usage error.
for bad in "--samples -1" "--samples ten" "--samples 2.5" "--seed -3" "--seed x" "--jobs 0" \
  "--jobs two" "--jobs -2"; do
  # shellcheck disable=SC2086 # split on purpose: option and value
  check "assess $bad is a usage error" run 2 "$bin" assess examples --out "$work/x" $bad
done
check "validate --jobs 0 is a usage error" run 2 "$bin" validate examples --jobs 0
check "assess --samples 1 --seed 42 is accepted" run 0 "$bin" assess examples --out "$work/x" \
  --samples 1 --seed 42 --jobs 2

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
