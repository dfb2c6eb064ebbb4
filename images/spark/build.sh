#!/usr/bin/env bash
# Builds and pushes the lakehouse Spark image, from versions.ts (npm run -s images -- spark):
#   images/spark/build.sh <registry>      e.g. the value of registry.builtImages
# MAVEN_REPOSITORY  Maven repository root to download the jars from (a mirror in an
#                   air-gapped site; default Maven Central)
# DOCKER            the image builder (default docker; podman and buildah bud take the same flags)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
registry="${1:?usage: images/spark/build.sh <registry> (the value of registry.builtImages)}"
maven="${MAVEN_REPOSITORY:-https://repo1.maven.org/maven2}"
docker="${DOCKER:-docker}"
if [ ! -s "$here/jars.sha512" ]; then
  echo "images/spark/jars.sha512 is missing: run images/spark/lock.sh where $maven is reachable, review and commit it" >&2
  exit 1
fi
spec="$(cd "$root" && node --import tsx scripts/images.ts spark)"
field() { node -e "const s=JSON.parse(process.argv[1]);console.log(s[process.argv[2]])" "$spec" "$1"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/jars"
node -e "for (const j of JSON.parse(process.argv[1]).jars) console.log(j.path + ' ' + j.file)" "$spec" | while read -r path file; do
  curl --fail --silent --show-error --location --output "$work/jars/$file" "$maven/$path"
done
cp "$here/jars.sha512" "$work/jars.sha512"
ref="$registry/$(field repository):$(field tag)"
"$docker" build --file "$here/Dockerfile" --build-arg "BASE_IMAGE=$(field base)" --tag "$ref" "$work"
"$docker" push "$ref"
echo "pushed $ref"
