#!/usr/bin/env bash
# Installs what building and testing newsdeck needs, and skips what is
# already there, so it is safe to run before every command.
#
# Every tool comes from a package registry (crates.io, npm, Debian): build
# tools that download binaries at build time cannot work offline, so Trunk
# runs with TRUNK_OFFLINE and finds these on PATH.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${NEWSDECK_TOOLS:-$HOME/.cache/newsdeck-tools}"
trunk_version="0.21.14"   # 0.22 needs a newer rustc than the stable one here
binaryen_version="132"    # Debian's wasm-opt is too old for current rustc output
esbuild_version="0.24.2"  # minifies the release build's scripts (a Trunk hook)
geckodriver_version="0.37.1"
# The wasm-bindgen CLI must equal the crate version exactly; Cargo.toml pins it.
wasm_bindgen_version="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' "$root/Cargo.toml")"

say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
export PATH="$tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $trunk_version"; then
  say "installing trunk $trunk_version (takes about ten minutes, once)"
  cargo install trunk --version "$trunk_version" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $wasm_bindgen_version\b"; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version"
  # Not --locked: one locked dependency of the CLI is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --force
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version $binaryen_version\b"; then
  say "installing wasm-opt (binaryen $binaryen_version from npm) into $tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --save-exact "binaryen@$binaryen_version" >/dev/null
fi

if [ "$(esbuild --version 2>/dev/null)" != "$esbuild_version" ]; then
  say "installing esbuild $esbuild_version from npm into $tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --save-exact "esbuild@$esbuild_version" >/dev/null
fi

# The three engines readers use, with their WebDriver servers, from Debian:
# Chromium, Firefox ESR, and WebKitGTK (Safari's engine), whose browser needs
# a display even when nobody looks: a virtual one (Xvfb).
missing=()
for pair in chromium:chromium chromedriver:chromium-driver firefox-esr:firefox-esr \
            WebKitWebDriver:webkit2gtk-driver Xvfb:xvfb xauth:xauth; do
  command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$(geckodriver --version 2>/dev/null | head -n1)" != "geckodriver $geckodriver_version" ]; then
  say "installing geckodriver $geckodriver_version (Firefox's WebDriver server; about three minutes, once)"
  cargo install geckodriver --version "$geckodriver_version"
fi

# The end-to-end tests' node packages, reinstalled only when the lock file changes.
e2e="$root/tests/e2e"
stamp="$e2e/node_modules/.newsdeck-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$e2e/package-lock.json" "$stamp"; then
  say "installing the end-to-end test packages"
  (cd "$e2e" && npm ci --no-audit --no-fund >/dev/null)
  cp "$e2e/package-lock.json" "$stamp"
fi

say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -n1), $(chromium --version 2>/dev/null | head -n1), $(firefox-esr --version 2>/dev/null | head -n1), $(geckodriver --version | head -n1)"
