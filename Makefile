# The README's commands. Each runs .ci/setup first, so a fresh machine needs nothing else.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

E2E := tests/e2e
SUBPATH := /grades/
PORT ?= 8080
# wasm-opt from npm's binaryen must win over any other on PATH (Trunk's pin checks its version).
export PATH := $(CURDIR)/$(E2E)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: help setup run test test-native test-wasm build e2e bench

help:
	@echo "make run    build the release and serve it on http://127.0.0.1:$(PORT)"
	@echo "make test   run every test layer: native, wasm in Chromium, e2e on the built site"
	@echo "make bench  build the release; print first-load sizes and Lighthouse scores"

setup:
	@.ci/setup

run: setup
	trunk build --release
	node $(E2E)/serve.mjs dist $(PORT) /

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
	cd $(E2E) && playwright test

# Sizes of the first load, then Lighthouse (mobile and desktop, 3 runs each, medians).
bench: setup
	trunk build --release
	@.ci/bench dist
	cd $(E2E) && node bench/lighthouse.mjs ../../dist 3
