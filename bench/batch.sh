#!/usr/bin/env bash
# Batch benchmark: the three projects of examples/ replicated into N files with distinct project
# ids, assessed by `empreinte assess --jobs J --samples S` into XML and HTML; wall time and peak
# memory (GNU time) for each N. Targets (docs/performance.md): 1,000 projects in under 30 s on
# 2 cores, and peak memory flat from 100 to 1,000 projects.
#
# Usage, from the repository root: bench/batch.sh [BINARY] (default build/empreinte).
# Environment: COUNTS (default "100 1000"), JOBS (2), SAMPLES (1000), KEEP=1 keeps the folder.
set -euo pipefail
bin="$(realpath "${1:-build/empreinte}")"
counts="${COUNTS:-100 1000}"
jobs="${JOBS:-2}"
samples="${SAMPLES:-1000}"
if [[ ! -x /usr/bin/time ]]; then
  echo "bench/batch.sh needs GNU time (/usr/bin/time; Debian package 'time', .ci/install-deps)" >&2
  exit 2
fi
mapfile -t examples < <(ls examples/*.toml)
work="$(mktemp -d)"
if [[ "${KEEP:-0}" != 1 ]]; then
  trap 'rm -rf "$work"' EXIT
fi

# replicate N FOLDER: N project files cycling through the examples, ids suffixed -1 … -N.
replicate() {
  local n="$1" folder="$2" i example
  mkdir -p "$folder"
  for ((i = 1; i <= n; i++)); do
    example="${examples[$(((i - 1) % ${#examples[@]}))]}"
    sed "0,/^id = \"\(.*\)\"/s//id = \"\1-$i\"/" "$example" >"$folder/$(printf '%05d' "$i").toml"
  done
}

printf '%-9s %-5s %-8s %-10s %-13s %-14s %s\n' projects jobs samples "wall (s)" "projects/s" \
  "peak RSS (MB)" "exit"
for n in $counts; do
  replicate "$n" "$work/in-$n"
  set +e
  /usr/bin/time -v -o "$work/time-$n" "$bin" assess "$work/in-$n" --jobs "$jobs" \
    --samples "$samples" --format xml,html --out "$work/out-$n" >"$work/stdout-$n" \
    2>"$work/stderr-$n"
  code=$?
  set -e
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$n" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
  rss_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$n")"
  reports="$(find "$work/out-$n" -name '*.xml' | wc -l)"
  if [[ $code -ne 0 || $reports -ne $n ]]; then
    echo "assess exited $code with $reports of $n reports; its messages:" >&2
    tail -5 "$work/stderr-$n" >&2
  fi
  awk -v n="$n" -v j="$jobs" -v s="$samples" -v w="$wall" -v r="$rss_kb" -v c="$code" \
    'BEGIN { printf "%-9d %-5d %-8d %-10.2f %-13.1f %-14.1f %d\n", n, j, s, w, n / w, r / 1024, c }'
done
