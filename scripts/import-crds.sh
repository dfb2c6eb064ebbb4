#!/usr/bin/env bash
# usage: scripts/import-crds.sh [crd-dir]
#   scripts/import-crds.sh            fetch each CRD from its pinned URL in cdk8s.yaml (needs network)
#   scripts/import-crds.sh <crd-dir>  read <crd-dir>/<group>/<kind>.yaml instead (offline)
# Regenerates imports/ (cdk8s import) and policy/crd-schemas/ (npm run crd-schemas) from the CRDs
# listed in cdk8s.yaml, plus the ArgoCD kinds the GitOps objects are. Every input is fetched or
# found before anything is written; the results are made in a scratch folder and moved into
# place only when all of them succeeded, so a failed run leaves both folders as they were.
set -euo pipefail
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
if [ "$#" -gt 1 ]; then
  echo "import-crds: one CRD folder at most (got $*); see --help" >&2
  exit 2
fi
crd_dir="${1:-}"
if [ -n "$crd_dir" ]; then
  if [ ! -d "$crd_dir" ]; then
    echo "import-crds: $crd_dir is not a folder; nothing was changed" >&2
    exit 1
  fi
  crd_dir="$(cd "$crd_dir" && pwd)"
fi
cd "$(dirname "$0")/.."
export CDK8S_CHECK_UPGRADE=false

# Scratch space inside the checkout (ignored by git), so the final moves are renames.
mkdir -p .cache
work="$(mktemp -d .cache/import-crds.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# Each CRD once: its name and the first source cdk8s.yaml gives it (the pinned URL).
mapfile -t specs < <(grep -E '^\s+- [a-z0-9.-]+_[a-z0-9]+:=' cdk8s.yaml | sed -E 's/^\s+- //' | awk -F':=' '!seen[$1]++')
# The ArgoCD kinds are typed by @kubernetes-models/argo-cd, not imported; their schemas are
# made from the CRDs of the pinned ArgoCD (versions.ts).
argocd_version="$(node --import tsx -e "process.stdout.write(require('./versions').CHARTS.argoCd.appVersion)")"
for kind in application applicationset appproject; do
  specs+=("argoproj.io_${kind}:=https://raw.githubusercontent.com/argoproj/argo-cd/${argocd_version}/manifests/crds/${kind}-crd.yaml")
done

# 1. Every input, before anything is written.
missing=()
for spec in "${specs[@]}"; do
  name="${spec%%:=*}"
  group="${name%_*}"
  kind="${name#*_}"
  mkdir -p "$work/crds/$group"
  if [ -n "$crd_dir" ]; then
    source="$crd_dir/$group/$kind.yaml"
    if [ -f "$source" ]; then cp "$source" "$work/crds/$group/$kind.yaml"; else missing+=("$source"); fi
  else
    source="${spec#*:=}"
    case "$source" in
      https://*) curl -fsSL --retry 2 "$source" -o "$work/crds/$group/$kind.yaml" || missing+=("$source") ;;
      *) missing+=("$name: cdk8s.yaml gives no URL (got $source); pass a CRD folder instead") ;;
    esac
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "import-crds: ${#missing[@]} CRD(s) not found; nothing was changed:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi

# 2. Generate into the scratch folder.
mkdir -p "$work/imports"
for spec in "${specs[@]}"; do
  name="${spec%%:=*}"
  case "$name" in argoproj.io_*) continue ;; esac
  # --no-save: cdk8s.yaml keeps the pinned URLs, never the scratch paths.
  npx cdk8s import "$name:=$work/crds/${name%_*}/${name#*_}.yaml" --language typescript --no-save --output "$work/imports" >/dev/null
  echo "imported $name"
done
# Compiled here, once: imports/ holds JavaScript with declaration files, so the project's type
# check reads only their declarations (several MB of generated classes, checked now, when they
# are made) and the tests and synth load plain JavaScript.
npx tsc --declaration --outDir "$work/imports-js" --target ES2022 --module commonjs --moduleResolution node \
  --strict --esModuleInterop --skipLibCheck "$work"/imports/*.ts
node --import tsx scripts/crd-schemas.ts "$work/crds" --out "$work/crd-schemas" >/dev/null

# 3. Move into place: each generated module by rename (no TypeScript source of an old import
# stays beside them), the schema folder swapped whole.
for file in "$work"/imports-js/*.js "$work"/imports-js/*.d.ts; do
  mv -f "$file" "imports/$(basename "$file")"
done
find imports -maxdepth 1 -name '*.ts' ! -name '*.d.ts' -delete
if [ -d policy/crd-schemas ]; then mv policy/crd-schemas "$work/old-crd-schemas"; fi
mv "$work/crd-schemas" policy/crd-schemas
echo "wrote imports/ and policy/crd-schemas/ ($(find policy/crd-schemas -name '*.json' | wc -l) schemas)"
