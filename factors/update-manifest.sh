#!/usr/bin/env bash
# Recompute the sha256 of every table listed in manifest.toml, in place.
# Usage: factors/update-manifest.sh   (from any directory)
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
manifest="$dir/manifest.toml"
tmp="$(mktemp "$dir/.manifest.XXXXXX")"
trap 'rm -f "$tmp"' EXIT

current=""
while IFS= read -r line || [[ -n "$line" ]]; do
  if [[ "$line" =~ ^file[[:space:]]*=[[:space:]]*\"([^\"]+)\" ]]; then
    current="${BASH_REMATCH[1]}"
    if [[ ! -f "$dir/$current" ]]; then
      echo "update-manifest: $current is listed in manifest.toml but missing" >&2
      exit 1
    fi
  elif [[ "$line" =~ ^sha256[[:space:]]*= ]]; then
    if [[ -z "$current" ]]; then
      echo "update-manifest: sha256 line without a preceding file line" >&2
      exit 1
    fi
    hash="$(sha256sum "$dir/$current" | cut -d' ' -f1)"
    line="sha256 = \"$hash\""
    current=""
  fi
  printf '%s\n' "$line" >> "$tmp"
done < "$manifest"

cat "$tmp" > "$manifest"   # keeps the manifest's own permissions
echo "update-manifest: checksums refreshed in $manifest"
