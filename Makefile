# Byline — the two set-up commands and a few helpers. The real build is CMake (see CMakePresets.json).
#   make run    install dependencies, build, open the app on the sample library
#   make test   install dependencies, build, run every test through CTest
#   make package  build the Debian package byline_<version>_<arch>.deb in the build folder
#   make fuzz     build the fuzz preset and run every fuzz target for FUZZ_SECONDS (default 60) each
#   make tidy     clang-tidy over TIDY_DIRS (default app|core|ui|tests)
#   make test-sanitized  every test in the fuzz preset's build, under ASan and UBSan
#                        (SANITIZED=core, cli, ui or fault: only that folder's tests)

PRESET ?= default
BUILD_DIR := $(if $(filter default,$(PRESET)),build,build-$(PRESET))
SOURCES = $(shell git ls-files '*.cpp' '*.h' 2>/dev/null)
FUZZ_SECONDS ?= 60
SANITIZED ?= all
TIDY_DIRS ?= app|core|ui|tests
SANITIZED_ONLY = $(filter-out all,$(SANITIZED))

.PHONY: all deps configure build run test soak package bench hostile fuzz fuzz-configure test-sanitized format format-check tidy clean

all: build

deps:
	@packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

run: build
	$(BUILD_DIR)/app/byline $(ARGS)

test: build
	ctest --preset $(PRESET)

soak: build
	@packaging/install-deps.sh --gui-probe
	tests/soak/killsoak.py $(BUILD_DIR)

package: build
	cd $(BUILD_DIR) && cpack -G DEB

bench: build
	@packaging/install-deps.sh --bench
	tests/bench/run-benchmarks.sh $(BUILD_DIR)

hostile: build
	tests/bench/run-hostile-inputs.sh $(BUILD_DIR)

fuzz-configure: deps
	@packaging/install-deps.sh --fuzz
	@cmake --preset fuzz >/dev/null

fuzz: fuzz-configure
	@cmake --build --preset fuzz --target byline_fuzzers
	tests/fuzz/run-fuzzers.sh build-fuzz $(FUZZ_SECONDS)

test-sanitized: fuzz-configure
	@cmake --build --preset fuzz $(if $(SANITIZED_ONLY),--target byline_$(SANITIZED_ONLY)_tests)
	ctest --preset fuzz $(if $(SANITIZED_ONLY),-L '^$(SANITIZED_ONLY)$$')

format:
	clang-format -i $(SOURCES)

format-check:
	clang-format --dry-run -Werror $(SOURCES)

tidy: configure
	run-clang-tidy -quiet -p $(BUILD_DIR) '^$(CURDIR)/($(TIDY_DIRS))/'

clean:
	rm -rf build build-debug build-asan build-fuzz
