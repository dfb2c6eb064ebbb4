#!/usr/bin/env bash
# Builds and pushes an image lakeplane defines on a Python base with pinned packages (versions.ts
# BUILT_IMAGES: dbt, notebook, greatExpectations), from what `npm run -s images -- <name>` says:
#   images/build-python.sh <name> <registry>      <registry>: the value of registry.builtImages
# PIP_INDEX_URL  a Python package index mirror, for an air-gapped site
# DOCKER         the image builder (default docker)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
name="${1:?usage: images/build-python.sh <dbt|notebook|greatExpectations> <registry>}"
registry="${2:?usage: images/build-python.sh <dbt|notebook|greatExpectations> <registry> (the value of registry.builtImages)}"
docker="${DOCKER:-docker}"
spec="$(cd "$root" && node --import tsx scripts/images.ts "$name")"
field() { node -e "const s=JSON.parse(process.argv[1]);console.log(s[process.argv[2]])" "$spec" "$1"; }
dockerfile="$root/$(field dockerfile)"
requirements="$(dirname "$dockerfile")/requirements.txt"
node -e "const r=JSON.parse(process.argv[1]).requirements; if (!r) throw new Error('not a Python image: no requirements'); console.log(r.join('\n'))" "$spec" > "$requirements"
trap 'rm -f "$requirements"' EXIT
ref="$registry/$(field repository):$(field tag)"
"$docker" build --file "$dockerfile" --build-arg "BASE_IMAGE=$(field base)" ${PIP_INDEX_URL:+--build-arg "PIP_INDEX_URL=$PIP_INDEX_URL"} --tag "$ref" "$root"
"$docker" push "$ref"
echo "pushed $ref"
