#!/usr/bin/env bash
# Regenerates imports/ from the CRD imports listed in cdk8s.yaml.
#   scripts/import-crds.sh            fetch each pinned URL (needs network)
#   scripts/import-crds.sh <crd-dir>  read <crd-dir>/<group>/<kind>.yaml instead (offline)
set -euo pipefail
cd "$(dirname "$0")/.."
export CDK8S_CHECK_UPGRADE=false
crd_dir="${1:-}"
grep -E '^\s+- [a-z0-9.-]+_[a-z]+:=' cdk8s.yaml | sed -E 's/^\s+- //' | while IFS= read -r spec; do
  name="${spec%%:=*}"
  source="${spec#*:=}"
  if [ -n "$crd_dir" ]; then
    source="$crd_dir/${name%_*}/${name#*_}.yaml"
  fi
  npx cdk8s import "$name:=$source" --language typescript --output imports >/dev/null
  echo "imported $name"
done
# The strict schemas the synth validates custom resources against (policy/crd-schemas/).
node --import tsx scripts/crd-schemas.ts "${crd_dir:-../shared/schemas/crds}"
