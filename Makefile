# The front door: `make run` starts Debrief, `make test` runs the whole suite.
# Both install what is missing first (`make deps`), so a fresh clone needs nothing else.
BUILD_DIR := build
PRESET    := dev
JOBS      ?= $(shell nproc)
CTEST_ARGS ?=

.PHONY: all deps configure build run test release asan format translations clean

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null || cmake --preset $(PRESET)

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@$(BUILD_DIR)/bin/debrief

test: build
	@ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) $(CTEST_ARGS)

release: deps
	@cmake --preset release && cmake --build build-release -j $(JOBS)

asan: deps
	@cmake --preset asan && cmake --build build-asan -j $(JOBS) && ctest --preset asan -j $(JOBS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

translations: configure
	@cmake --build $(BUILD_DIR) --target update_translations

clean:
	@rm -rf $(BUILD_DIR) build-release build-asan
