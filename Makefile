# newsdeck: `make serve` to try it, `make test` to check everything.
# Both install what is missing first (scripts/setup.sh), so a fresh machine
# needs nothing by hand.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
NEWSDECK_TOOLS ?= $(HOME)/.cache/newsdeck-tools
export NEWSDECK_TOOLS
export PATH := $(NEWSDECK_TOOLS)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk must not try to download tools; setup.sh installed them.
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
CORPUS ?= ../shared/corpus

.PHONY: setup serve test lint test-native test-browser test-e2e test-engines dist demo-bundle screenshots size size-profile bench bench-parse audit fuzz

setup:
	@scripts/setup.sh

## Serve the demo on http://127.0.0.1:8080 with the bundled demo data.
serve: setup
	trunk serve

## Every test layer: lint, native, components in Chromium and Firefox, end
## to end, the readers' journeys in every engine, and the release's size
## against its ceiling.
test: setup lint test-native test-browser test-e2e test-engines size

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy -p newsdeck --all-targets --target wasm32-unknown-unknown --locked -- -D warnings

test-native:
	cargo test -p newsdeck-core -p newsdeck-cli --locked

## The component tests in headless Chromium, then in headless Firefox (the
## test runner takes GECKODRIVER before CHROMEDRIVER).
test-browser:
	env -u GECKODRIVER cargo test -p newsdeck --target wasm32-unknown-unknown --locked
	GECKODRIVER=$$(command -v geckodriver) cargo test -p newsdeck --target wasm32-unknown-unknown --locked

dist:
	trunk build --release --locked

test-e2e: dist
	cd tests/e2e && node --test --test-concurrency=1 *.test.mjs

## The readers' journeys in Firefox ESR, WebKitGTK (Safari's engine) and
## Chromium through W3C WebDriver, and their screenshots; NEWSDECK_ENGINES
## (e.g. `firefox,webkit`) runs some of them.
test-engines: dist
	cd tests/e2e && node --test --test-concurrency=1 engines/*.test.mjs

## Rebuild the demo bundle from the whole corpus.
demo-bundle:
	cargo run -q -p newsdeck-cli --locked -- bundle --keep-duplicates --include-drafts $(CORPUS)/seed $(CORPUS)/ai/_news $(CORPUS)/powerapps/_news -o static/demo-bundle.json

## Screenshots of the release build at phone and desktop widths, light and
## dark: every view in Chromium, and the demo in each engine.
screenshots: setup dist
	cd tests/e2e && node screenshots.mjs

## Lighthouse (desktop preset) on the release build's demo page, served on
## loopback: prints the scores; fails under 95 accessibility, 95 best
## practices or 90 performance. NEWSDECK_DIST audits another build instead.
audit: setup $(if $(NEWSDECK_DIST),,dist)
	cd tests/audit && { cmp -s package-lock.json node_modules/.newsdeck-lock || { npm ci --no-audit --no-fund >/dev/null && cp package-lock.json node_modules/.newsdeck-lock; }; }
	cd tests/audit && $(if $(NEWSDECK_DIST),NEWSDECK_DIST=$(abspath $(NEWSDECK_DIST))) CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} node audit.mjs

## The release build's code (wasm + JS) in gzip and brotli kB; fails over
## the 195 kB gzip ceiling.
size: dist
	node tests/bench/size.mjs

## Where the wasm's gzip bytes go: Yew, the views, the widget, core, the
## standard library, bindings and data (estimates, from a names-kept copy).
size-profile: dist
	node tests/bench/size-profile.mjs

## The browser benchmark: release build, 1k/10k/100k bundles, widget and a
## vanilla page in headless Chromium; prints a table (not part of `make test`).
bench: dist
	node tests/bench/bench.mjs

## Reading a bundle into articles in headless Chromium, each way the widget
## could: the body's bytes or its text into WebAssembly, or JSON.parse and
## its objects walked from WebAssembly, at 10k and 100k articles, built as
## the widget is (PARSE_OPT=z,3 adds opt-level 3); prints a table (not part
## of `make test`; its crate, tests/bench/parse, is a workspace of its own).
bench-parse: setup
	node tests/bench/parse/parse.mjs

## Fuzz the bundle reader and the front-matter reader for FUZZ_SECONDS each,
## one after the other, from seeds copied out of the sample corpus (nightly
## Rust and cargo-fuzz, installed if missing; not part of `make test`). A crash
## stops the run and leaves its input in fuzz/artifacts/.
FUZZ_SECONDS ?= 600
fuzz:
	rustup run nightly rustc --version >/dev/null 2>&1 || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	fuzz/seed.sh $(CORPUS)
	for target in bundle front_matter; do \
	  cargo +nightly fuzz run --fuzz-dir fuzz $$target fuzz/corpus/$$target -- \
	    -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 -dict=fuzz/dictionaries/$$target.dict; \
	done
