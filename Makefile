# Byline — the two set-up commands and a few helpers. The real build is CMake (see CMakePresets.json).
#   make run    install dependencies, build, open the app on the sample library
#   make test   install dependencies, build, run every test through CTest
#   make package  build the Debian package byline_<version>_<arch>.deb in the build folder

PRESET ?= default
BUILD_DIR := $(if $(filter default,$(PRESET)),build,build-$(PRESET))
SOURCES = $(shell git ls-files '*.cpp' '*.h' 2>/dev/null)

.PHONY: all deps configure build run test soak package bench hostile format format-check tidy clean

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

format:
	clang-format -i $(SOURCES)

format-check:
	clang-format --dry-run -Werror $(SOURCES)

tidy: configure
	run-clang-tidy -quiet -p $(BUILD_DIR) '^$(CURDIR)/(app|core|ui|tests)/'

clean:
	rm -rf build build-debug build-asan
