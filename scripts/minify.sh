#!/bin/sh
# Trunk's post-build hook: shortens the WebAssembly's import names and
# minifies the release build's scripts and style sheet in place, in Trunk's staging folder.
# Debug builds stay readable.
set -eu
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
if ! command -v esbuild >/dev/null; then
  echo "minify.sh: esbuild is missing (run scripts/setup.sh); the release build stops" >&2
  exit 1
fi
# Short import names first, in the wasm and its glue alike.
node "$(dirname "$0")/short-imports.mjs" "$TRUNK_STAGING_DIR"
for script in newsdeck-app.js newsdeck.js newsdeck.css; do
  esbuild "$TRUNK_STAGING_DIR/$script" --minify $([ "${script##*.}" = js ] && echo --format=esm) --log-level=warning \
    --outfile="$TRUNK_STAGING_DIR/$script" --allow-overwrite
done
