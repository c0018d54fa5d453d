#!/bin/sh
# Trunk's post-build hook: the demo page's widget element is replaced by the
# first screen `newsdeck render` writes from the demo bundle, so the demo
# reads before (and without) JavaScript, as a site using render does.
set -eu
page="$TRUNK_STAGING_DIR/index.html"
screen="$TRUNK_STAGING_DIR/first-screen.html"
cargo run -q -p newsdeck-cli --locked -- --quiet render \
  "$TRUNK_STAGING_DIR/demo-bundle.json" --src demo-bundle.json -o "$screen"
node -e '
  const fs = require("fs");
  const [page, screen] = process.argv.slice(1);
  const element = "<div data-newsdeck data-src=\"demo-bundle.json\"></div>";
  const html = fs.readFileSync(page, "utf8");
  if (!html.includes(element)) throw new Error(`${page} has no ${element}`);
  fs.writeFileSync(page, html.replace(element, fs.readFileSync(screen, "utf8").trim()));
' "$page" "$screen"
rm "$screen"
