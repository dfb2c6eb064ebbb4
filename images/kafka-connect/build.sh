#!/usr/bin/env bash
# Builds lakeplane's Kafka Connect image from this folder and pushes it to the registry your
# cluster pulls built images from (registry.builtImages):
#   images/kafka-connect/build.sh <registry> [--base-mirror <image mirror>] [--no-push]
# Every plugin archive is checked against its locked sha512 before it is unpacked; an archive
# that differs, or one that was never locked, stops the build.
set -euo pipefail
cd "$(dirname "$0")"
# versions.ts BUILT_IMAGES.kafkaConnect and IMAGES.strimziKafka (a test holds these equal).
REPOSITORY=lakeplane/kafka-connect
TAG=1.2.0-kafka-4.3.1-debezium3.5.2-aiven3.3.0-1
BASE_IMAGE=quay.io/strimzi/kafka:1.2.0-kafka-4.3.1

registry="${1:?usage: build.sh <registry> [--base-mirror <image mirror>] [--no-push]}"
shift
push=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --base-mirror) BASE_IMAGE="$2/$BASE_IMAGE"; shift 2 ;;
    --no-push) push=no; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

rm -rf plugins downloads
mkdir -p plugins downloads
while IFS= read -r line; do
  case "$line" in '#'* | '') continue ;; esac
  read -r name sum url <<<"$line"
  if [ "$sum" = "-" ]; then
    echo "$name has no locked sha512 in plugins.sha512: run lock.sh and review the sums" >&2
    exit 1
  fi
  file="downloads/${url##*/}"
  curl -fsSL --retry 3 -o "$file" "$url"
  echo "$sum  $file" | sha512sum -c --quiet - || { echo "$name: $url does not match its locked sha512" >&2; exit 1; }
  mkdir -p "plugins/$name"
  case "$file" in
    *.tar.gz | *.tgz) tar -xzf "$file" -C "plugins/$name" ;;
    *.tar) tar -xf "$file" -C "plugins/$name" ;;
    *.zip) unzip -q "$file" -d "plugins/$name" ;;
    *) echo "$name: unknown archive type $file" >&2; exit 1 ;;
  esac
done <plugins.sha512

image="$registry/$REPOSITORY:$TAG"
docker build --pull --build-arg "BASE_IMAGE=$BASE_IMAGE" -t "$image" .
if [ "$push" = yes ]; then
  docker push "$image"
fi
echo "$image"
