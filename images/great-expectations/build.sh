#!/usr/bin/env bash
# Builds and pushes the Great Expectations image, from versions.ts (npm run -s images -- greatExpectations):
#   images/great-expectations/build.sh <registry>      e.g. the value of registry.builtImages
# PIP_INDEX_URL  a Python package index mirror, for an air-gapped site
# DOCKER         the image builder (default docker)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
registry="${1:?usage: images/great-expectations/build.sh <registry> (the value of registry.builtImages)}"
docker="${DOCKER:-docker}"
spec="$(cd "$root" && node --import tsx scripts/images.ts greatExpectations)"
field() { node -e "const s=JSON.parse(process.argv[1]);console.log(s[process.argv[2]])" "$spec" "$1"; }
node -e "console.log(JSON.parse(process.argv[1]).requirements.join('\n'))" "$spec" > "$here/requirements.txt"
trap 'rm -f "$here/requirements.txt"' EXIT
ref="$registry/$(field repository):$(field tag)"
"$docker" build --file "$here/Dockerfile" --build-arg "BASE_IMAGE=$(field base)" ${PIP_INDEX_URL:+--build-arg "PIP_INDEX_URL=$PIP_INDEX_URL"} --tag "$ref" "$root"
"$docker" push "$ref"
echo "pushed $ref"
