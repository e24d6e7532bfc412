# The README's commands. Each runs .ci/setup first, so a fresh machine needs nothing else.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

BUILD := assets/build
E2E := tests/e2e
SUBPATH := /grades/
PORT ?= 8080
PUBLIC_URL ?= /
# wasm-opt from npm's binaryen must win over any other on PATH (Trunk's pin checks its version).
export PATH := $(CURDIR)/$(BUILD)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: help setup dev run release test test-native test-wasm build e2e bench

help:
	@echo "make dev    serve a debug build on http://127.0.0.1:$(PORT), rebuilt and reloaded on every change"
	@echo "make run    build the release and serve it on http://127.0.0.1:$(PORT) (PUBLIC_URL=/grades/ for a sub-path)"
	@echo "make test   run every test layer: native, wasm in Chromium, e2e on the built site"
	@echo "make bench  build the release; print first-load sizes, Lighthouse scores and per-route timings"

setup:
	@.ci/setup

# Debug profile: no wasm-opt, no prerender, a service worker that caches nothing. Built into
# target/ so that dist/ stays the release (Trunk's live-reload script works only as it serves it).
dev: setup
	trunk serve --address 127.0.0.1 --port $(PORT) --dist target/dev-dist

run: release
	node $(BUILD)/serve.mjs dist $(PORT) $(PUBLIC_URL)

# The site as deployed (the Pages workflow sets PUBLIC_URL to /<repo>/).
release: setup
	trunk build --release --public-url $(PUBLIC_URL)

test: setup test-native test-wasm build e2e

test-native:
	cargo test --locked

# Only the browser tests (tests/web/): the native suite (proptest among it) stays on the host.
test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test web

# One release build per layout, reused by every e2e spec.
build:
	trunk build --release
	trunk build --release --public-url $(SUBPATH) --dist dist-subpath

e2e:
	cd $(E2E) && node_modules/.bin/playwright test

# Sizes of the first load per route, Lighthouse on / and a deep link to /calculator (mobile and
# desktop, 3 runs each, medians), then per route
# the time to content and the longest main-thread task, the home page with 10 large matrices of
# one's own, reading a 2 000-item CSV into the import preview, and the team view loading 50
# members' export files of 2 000 items each; last, every figure beside the previous release's
# (tests/e2e/bench/release.json; RECORD=1 makes this run the release's).
bench: export BENCH_OUT := $(CURDIR)/target/bench
bench: setup
	trunk build --release
	rm -rf $(BENCH_OUT)
	@.ci/bench dist
	cd $(E2E) && node bench/lighthouse.mjs ../../dist 3 ./ calculator
	cd $(E2E) && node bench/routes.mjs ../../dist 5
	cd $(E2E) && node bench/compare.mjs $(if $(RECORD),--record)
