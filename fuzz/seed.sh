#!/usr/bin/env bash
# Seeds the fuzz corpora from the sample corpus (default: the one beside the
# checkout), so libFuzzer starts from real records instead of from nothing:
# every JSON page whole and, when jq is installed, each of its records alone
# as a small one-record bundle; every front-matter file. Files are named by
# their SHA-1, as libFuzzer names what it finds, so seeding twice adds nothing.
set -euo pipefail

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
sample=${1:-${NEWSDECK_CORPUS:-$fuzz_dir/../../shared/corpus}}
if [[ ! -d $sample ]]; then
  echo "seed.sh: no sample corpus at $sample (pass its folder, or set NEWSDECK_CORPUS)" >&2
  exit 2
fi
bundles=$fuzz_dir/corpus/bundle
front_matter=$fuzz_dir/corpus/front_matter
mkdir -p "$bundles" "$front_matter"

# Copies standard input into $1 under the name libFuzzer would give it.
keep() {
  local content
  content=$(mktemp)
  cat >"$content"
  mv "$content" "$1/$(sha1sum <"$content" | cut -d' ' -f1)"
}

while IFS= read -r -d '' page; do
  keep "$bundles" <"$page"
  if command -v jq >/dev/null; then
    jq -c '(.articles // .value // .)[]? | [.]' "$page" | while IFS= read -r record; do
      printf '%s' "$record" | keep "$bundles"
    done
  fi
done < <(find "$sample" -name '*.json' -print0)

while IFS= read -r -d '' file; do
  keep "$front_matter" <"$file"
done < <(find "$sample" -name '*.md' -print0)

echo "seeded: $(ls "$bundles" | wc -l) bundles, $(ls "$front_matter" | wc -l) front-matter files"
