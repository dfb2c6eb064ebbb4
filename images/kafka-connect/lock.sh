#!/usr/bin/env bash
# Locks the sha512 of every plugin archive in plugins.sha512: downloads each URL once and
# writes its sum in place of the old one. Run it after changing CONNECT_PLUGINS in versions.ts
# (and the URLs here), on a machine that reaches Maven Central and GitHub; review the diff.
#   images/kafka-connect/lock.sh
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/plugins.sha512"
while IFS= read -r line; do
  case "$line" in
    '#'* | '') printf '%s\n' "$line" >>"$out"; continue ;;
  esac
  read -r name _old url <<<"$line"
  curl -fsSL --retry 3 -o "$work/archive" "$url"
  sum="$(sha512sum "$work/archive" | cut -d' ' -f1)"
  printf '%s %s %s\n' "$name" "$sum" "$url" >>"$out"
  echo "locked $name"
done <plugins.sha512
mv "$out" plugins.sha512
