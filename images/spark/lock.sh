#!/usr/bin/env bash
# Writes images/spark/jars.sha512: the sha512 of every jar of versions.ts SPARK_JARS as the
# Maven repository serves it, checked against the repository's own .sha512 file when it has
# one. Run it deliberately (a version bump), review the diff, commit it.
#   MAVEN_REPOSITORY  default Maven Central
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
maven="${MAVEN_REPOSITORY:-https://repo1.maven.org/maven2}"
spec="$(cd "$root" && node --import tsx scripts/images.ts spark)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node -e "for (const j of JSON.parse(process.argv[1]).jars) console.log(j.path + ' ' + j.file)" "$spec" | while read -r path file; do
  curl --fail --silent --show-error --location --output "$work/$file" "$maven/$path"
  sum="$(sha512sum "$work/$file" | cut -d' ' -f1)"
  if published="$(curl --fail --silent --location "$maven/$path.sha512" 2>/dev/null)"; then
    [ "${published%% *}" = "$sum" ] || { echo "$file: sha512 differs from the repository's $path.sha512" >&2; exit 1; }
  fi
  echo "$sum  $file"
done > "$work/jars.sha512"
mv "$work/jars.sha512" "$here/jars.sha512"
echo "wrote images/spark/jars.sha512 ($(wc -l < "$here/jars.sha512") jars)"
