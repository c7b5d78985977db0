# casyncio -- one Makefile.  Knobs first; every build lands in build/<config>.
#
#   make            native library + header, and the wasm module (build/wasm)
#   make test-c     native C tests under ASan and UBSan
#   make valgrind   the same tests, unsanitized, under valgrind
#   make site       the static site in dist/ (page, wasm, lessons)
#   make deps       fetch cJSON's Debian source (done on demand)
#   make setup      install what the build and tests need (apt and npm, as root)
#   make test       everything: C tests, Node tests, browser tests
#   make install    header, static and shared library, casyncio.pc (PREFIX, DESTDIR)

CC       ?= cc
EMCC     ?= emcc
SAN      ?= address,undefined
DEBUG    ?= 0
BUILD    ?= build
CSTD     := -std=c11 -D_GNU_SOURCE
WERROR   ?= -Werror
WARN     := -Wall -Wextra $(WERROR) -Wshadow -Wstrict-prototypes -Wno-unused-parameter
OPT      := $(if $(filter 1,$(DEBUG)),-O0 -g,-O2 -g)

# Installing: make install PREFIX=/usr/local (DESTDIR= for a staged one).
# casyncio.pc gives programs an rpath to LIBDIR, so that they find the
# shared library in any prefix; PC_RPATH=0 leaves it out.
PREFIX     ?= /usr/local
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DESTDIR    ?=
PC_RPATH   ?= 1
PKG_CONFIG ?= pkg-config
# cJSON for the native library: CJSON_DIR=<folder with cJSON.c and
# cJSON.h> compiles that source into it; else the system's libcjson when
# `pkg-config libcjson` finds one (CJSON_SYSTEM=0 skips it); else Debian's
# source package, fetched into build/deps/cjson (make deps).  The wasm build
# always compiles source: CJSON_DIR's, or the fetched one.
CJSON_DIR    ?=
CJSON_SYSTEM ?= 1
ifneq ($(CJSON_DIR),)
  ifeq ($(wildcard $(CJSON_DIR)/cJSON.c),)
    $(error CJSON_DIR=$(CJSON_DIR) has no cJSON.c: name a folder that holds cJSON's cJSON.c and cJSON.h)
  endif
  CJSON  := $(CJSON_DIR)
else
  CJSON  := build/deps/cjson
  ifeq ($(CJSON_SYSTEM),1)
    CJSON_PC := $(shell $(PKG_CONFIG) --exists libcjson 2>/dev/null && echo libcjson)
  endif
endif
ifeq ($(CJSON_PC),)
  CJSON_INC  := -I$(CJSON)
  CJSON_LIBS :=
  CJSON_H    := $(CJSON)/cJSON.h
  CJSON_OBJ   = $(BUILD)/$(1)/obj/cJSON.o
else
  CJSON_INC  := $(shell $(PKG_CONFIG) --cflags libcjson)
  CJSON_LIBS := $(shell $(PKG_CONFIG) --libs libcjson)
  CJSON_H    :=
  CJSON_OBJ   =
endif
INC      := -Iruntime/include -Iruntime/src $(CJSON_INC) -Itutorials
WASM_INC := -Iruntime/include -Iruntime/src -I$(CJSON) -Itutorials
VERSION  := $(shell sed -n 's/^\#define CASYNCIO_VERSION "\(.*\)"$$/\1/p' runtime/include/casyncio.h)
SOMAJOR  := $(firstword $(subst ., ,$(VERSION)))
CORE     := $(wildcard runtime/src/*.c)
LESSONS  := $(sort $(wildcard tutorials/*/lesson.c)) $(sort $(wildcard tutorials/*/support.c)) tutorials/lessons.c
HDRS     := $(wildcard runtime/include/*.h runtime/src/*.h tutorials/*.h tutorials/*/*.h)
TESTS    := $(patsubst tests/c/%.c,%,$(filter-out tests/c/harness.c,$(wildcard tests/c/test_*.c)))

# Emscripten reads acorn from Debian's node path.
export NODE_PATH := /usr/share/nodejs
# The lessons' module (build/wasm/casyncio.mjs + .wasm) is what a browser
# downloads, so it is built for size: -Oz, and emmalloc, the small
# allocator.  Asyncify instruments every function that may be on the stack
# when a fiber swaps or the host wait suspends, and it takes every indirect
# call for one that may.  The functions in NO_SUSPEND make indirect calls
# that never suspend (the allocator hooks, the event handler, cJSON's hooks,
# stdio's write hooks, an exception object's release hook): Asyncify leaves them, and what it would instrument
# only because it calls them, alone.  Never list a function that can be on a
# suspending path: the fiber entry (dynCall_vi, trampoline, task_entry),
# run_ready and the handles it runs, callback_run, cas_main, run_program,
# the lessons' bodies.  `make wasm EMEXTRA=-sASYNCIFY_ADVISE` prints what
# is instrumented and why.  The lessons' module also lists what calls only
# the lessons' own never-suspending functions through a pointer: cas_release
# (a task argument's release, the exception handler), cas__report (the
# exception handler: no lesson sets one, and one must not await), run_it (a
# loop callback: with no current task it cannot await) and wasm.c's prepare
# (it readies a fiber and returns before the swap).  It links no __shgetc
# (musl's strtod's: see wasm_strtod.c).
# NO_SUSPEND_LIB is the part found in every program linked with the library
# (a name Asyncify cannot find makes emcc warn, so programs of one's own get
# only these); the rest may be inlined or absent outside the lessons' module.
NO_SUSPEND_LIB := cas__malloc cas__calloc cas__free cas__strdup cas__format cas__event_* cas__value_* cas__exc_free \
              cJSON_* print_value print_string_ptr ensure \
              fflush __overflow __fwritex __shgetc __vfprintf_internal printf_core pop_arg
NO_SUSPEND := $(filter-out __shgetc,$(NO_SUSPEND_LIB)) cas__vformat parse_value parse_string add_item_to_object \
              cas_release cas__report run_it prepare
comma    := ,
EMFLAGS  := -Oz -sMALLOC=emmalloc -sASYNCIFY -sASYNCIFY_STACK_SIZE=16384 \
            '-sASYNCIFY_REMOVE=$(subst $() ,$(comma),$(strip $(NO_SUSPEND)))' \
            -sMODULARIZE -sEXPORT_ES6 -sENVIRONMENT=web \
            -sEXPORT_NAME=createCasyncio -sALLOW_MEMORY_GROWTH -sMAXIMUM_MEMORY=1gb -sTOTAL_STACK=1mb \
            -sSTACK_OVERFLOW_CHECK=2 -sEXPORTED_FUNCTIONS=_cas_wasm_run,_cas_wasm_stop,_cas_wasm_lessons,_malloc,_free \
            -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString -sINCOMING_MODULE_JS_API=print,printErr,instantiateWasm,casHost \
            -sDYNAMIC_EXECUTION=0 -sTEXTDECODER=2 $(EMEXTRA)

# Objects are worth keeping between runs.
.SECONDARY:

.PHONY: bench bench-deps bench-micropython bench-smoke fuzz fuzz-short all native wasm test-c test-js valgrind site deps setup test clean install uninstall
all: native wasm

# ---- setup: Debian packages and npm modules, installed on demand ----------
APT_PKGS := emscripten libcmocka-dev dpkg-dev chromium valgrind clang libclang-rt-14-dev firefox-esr webkit2gtk-driver xvfb
setup: $(BUILD)/.setup-apt node_modules/.package-lock.json
# Checked again when the Makefile changes (a package added to the list
# reaches checkouts that were set up before); the checks take milliseconds.
$(BUILD)/.setup-apt: Makefile
	@missing=""; \
	 command -v emcc >/dev/null || missing="$$missing emscripten"; \
	 test -f /usr/include/cmocka.h || missing="$$missing libcmocka-dev"; \
	 command -v dpkg-source >/dev/null || missing="$$missing dpkg-dev"; \
	 command -v chromium >/dev/null || missing="$$missing chromium"; \
	 command -v firefox-esr >/dev/null || missing="$$missing firefox-esr"; \
	 command -v WebKitWebDriver >/dev/null || missing="$$missing webkit2gtk-driver"; \
	 command -v xvfb-run >/dev/null || missing="$$missing xvfb"; \
	 command -v valgrind >/dev/null || missing="$$missing valgrind"; \
	 command -v clang >/dev/null || missing="$$missing clang"; \
	 ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || missing="$$missing libclang-rt-14-dev"; \
	 if [ -n "$$missing" ]; then \
	   if [ "$$(id -u)" != 0 ]; then echo "setup: missing Debian packages:$$missing (run make setup as root)"; exit 1; fi; \
	   echo "setup: apt-get install$$missing"; \
	   apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	 fi
	@mkdir -p $(BUILD) && touch $@
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# The benchmark's native floor, Boost.Context's fcontext (bench/c/fcontext.cc,
# a C++ shim): installed for `npm run bench` (bench/run.mjs calls this rule)
# and `make bench` only, never for the tests.
BENCH_APT_PKGS := libboost-context-dev g++
bench-deps: $(BUILD)/.setup-bench-apt
$(BUILD)/.setup-bench-apt:
	@missing=""; \
	 { test -f /usr/include/boost/context/detail/fcontext.hpp && ls /usr/lib/*/libboost_context.so >/dev/null 2>&1; } || missing="$$missing libboost-context-dev"; \
	 command -v g++ >/dev/null || missing="$$missing g++"; \
	 if [ -n "$$missing" ]; then \
	   if [ "$$(id -u)" != 0 ]; then echo "bench-deps: missing Debian packages:$$missing (run make bench-deps as root)"; exit 1; fi; \
	   echo "bench-deps: apt-get install$$missing"; \
	   apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	 fi
	@mkdir -p $(BUILD) && touch $@

# MicroPython's lean wasm build, the Python rows' peer: Debian's source
# package from trixie, built with emcc into build/micropython/ (minutes,
# once; bench/micropython/build.sh says how).  `npm run bench` builds it
# too; `make test` and --smoke never do.
bench-micropython:
	bench/micropython/build.sh

# Fetching needs dpkg-source (Debian's dpkg-dev), installed here when
# missing and root, so that a library-only build needs nothing else.  One
# target runs the script (two would each run it, at once under -j).
deps: build/deps/cjson/cJSON.c
build/deps/cjson/cJSON.h: build/deps/cjson/cJSON.c
build/deps/cjson/cJSON.c:
	@command -v dpkg-source >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "deps: apt-get install dpkg-dev"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dpkg-dev >/dev/null; \
	  else \
	    echo "deps: cJSON is missing: install the system's libcjson (pkg-config libcjson), name a folder with cJSON.c and cJSON.h" \
	         "with CJSON_DIR=, or install Debian's dpkg-dev to fetch Debian's source"; exit 1; \
	  fi; }
	bash runtime/fetch-cjson.sh

# ---- native ------------------------------------------------------------
# One set of position-independent objects makes both libraries (rebuilt
# when the Makefile changes: its flags may have).
NATIVE_OBJ := $(patsubst %.c,$(BUILD)/native/obj/%.o,$(CORE) runtime/platform/native.c) $(call CJSON_OBJ,native)
native: $(BUILD)/native/libcasyncio.a $(BUILD)/native/libcasyncio.so $(BUILD)/native/include/casyncio.h $(BUILD)/native/casyncio-run

$(BUILD)/native/obj/%.o: %.c $(HDRS) $(CJSON_H) Makefile
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) -fPIC $(INC) -c $< -o $@
$(BUILD)/native/obj/cJSON.o: $(CJSON)/cJSON.c Makefile
	@mkdir -p $(dir $@)
	$(CC) -std=c89 $(OPT) -fPIC -c $< -o $@
$(BUILD)/native/libcasyncio.a: $(NATIVE_OBJ)
	rm -f $@ && ar rcs $@ $^
ifeq ($(shell uname -s),Darwin)
SHLIB_FLAGS := -dynamiclib -install_name $(LIBDIR)/libcasyncio.$(SOMAJOR).dylib
SHLIB_FILES := libcasyncio.$(SOMAJOR).dylib libcasyncio.dylib
else
SHLIB_FLAGS := -shared -Wl,-soname,libcasyncio.so.$(SOMAJOR) -Wl,--version-script,runtime/casyncio.map
SHLIB_FILES := libcasyncio.so.$(VERSION) libcasyncio.so.$(SOMAJOR) libcasyncio.so
endif
$(BUILD)/native/libcasyncio.so: $(NATIVE_OBJ) runtime/casyncio.map
	$(CC) $(SHLIB_FLAGS) $(NATIVE_OBJ) $(CJSON_LIBS) -lm -o $@
$(BUILD)/native/include/casyncio.h: runtime/include/casyncio.h
	@mkdir -p $(dir $@) && cp $< $@
$(BUILD)/native/casyncio-run: tutorials/run_native.c $(LESSONS) $(BUILD)/native/libcasyncio.a $(HDRS)
	$(CC) $(CSTD) $(WARN) $(OPT) $(INC) tutorials/run_native.c $(LESSONS) $(BUILD)/native/libcasyncio.a $(CJSON_LIBS) -lm -o $@

# ---- install: the header, both libraries and casyncio.pc, so that
#   cc prog.c $(pkg-config --cflags --libs casyncio)
# builds a program (PKG_CONFIG_PATH=$(LIBDIR)/pkgconfig for a prefix of
# your own).  The first file of SHLIB_FILES is the real one, the others
# link to it.
install: $(BUILD)/native/libcasyncio.a $(BUILD)/native/libcasyncio.so
	install -d $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(LIBDIR)/pkgconfig
	install -m 644 runtime/include/casyncio.h $(DESTDIR)$(INCLUDEDIR)/casyncio.h
	install -m 644 $(BUILD)/native/libcasyncio.a $(DESTDIR)$(LIBDIR)/libcasyncio.a
	install -m 755 $(BUILD)/native/libcasyncio.so $(DESTDIR)$(LIBDIR)/$(firstword $(SHLIB_FILES))
	@set -e; prev=$(firstword $(SHLIB_FILES)); for f in $(wordlist 2,9,$(SHLIB_FILES)); do \
	  ln -sf $$prev $(DESTDIR)$(LIBDIR)/$$f; prev=$$f; done
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCLUDEDIR)' '' \
	  'Name: casyncio' "Description: asyncio's event loop, tasks and futures, in C" 'Version: $(VERSION)' \
	  $(if $(CJSON_PC),'Requires.private: libcjson') 'Cflags: -I$${includedir}' \
	  'Libs: -L$${libdir}$(if $(filter 1,$(PC_RPATH)), -Wl$(comma)-rpath$(comma)$${libdir}) -lcasyncio' 'Libs.private: -lm' \
	  > $(DESTDIR)$(LIBDIR)/pkgconfig/casyncio.pc
uninstall:
	rm -f $(DESTDIR)$(INCLUDEDIR)/casyncio.h $(DESTDIR)$(LIBDIR)/libcasyncio.a $(DESTDIR)$(LIBDIR)/pkgconfig/casyncio.pc \
	  $(addprefix $(DESTDIR)$(LIBDIR)/,$(SHLIB_FILES))

# ---- sanitized tests ----------------------------------------------------
SAN_FLAGS := -fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all
SAN_OBJ := $(patsubst %.c,$(BUILD)/san/obj/%.o,$(CORE) runtime/platform/native.c $(LESSONS)) $(call CJSON_OBJ,san)
$(BUILD)/san/obj/%.o: %.c $(HDRS) $(CJSON_H)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(INC) -c $< -o $@
$(BUILD)/san/obj/cJSON.o: $(CJSON)/cJSON.c
	@mkdir -p $(dir $@)
	$(CC) -std=c89 -O1 -g $(SAN_FLAGS) -c $< -o $@
$(BUILD)/san/test_%: tests/c/test_%.c tests/c/harness.c tests/c/harness.h $(SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(INC) -Itests/c $< tests/c/harness.c $(SAN_OBJ) $(CJSON_LIBS) -lcmocka -lm -o $@

# The fuzz targets' replayers: every kept input is a regression test.
FUZZ_TARGETS := scheduler options sync wait parser
$(BUILD)/san/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h $(SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(INC) $< tests/fuzz/replay.c $(SAN_OBJ) $(CJSON_LIBS) -lm -o $@

export ASAN_OPTIONS := detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS := print_stacktrace=1:halt_on_error=1
# The parser's fuzz seeds include the parser tests' programs, read where
# they are (tests/python/parser), not copied into its corpus.
FUZZ_SEEDS = $$(test $$f != parser || echo tests/python/parser/*.py)
test-c: $(addprefix $(BUILD)/san/,$(TESTS)) $(addprefix $(BUILD)/san/replay_,$(FUZZ_TARGETS))
	@set -e; for t in $(addprefix $(BUILD)/san/,$(TESTS)); do echo "== $$t"; ./$$t 2>&1 | grep -v "doesn't fully support makecontext"; test $${PIPESTATUS[0]} -eq 0; done
	@set -e; for seed in 1 2 3; do echo "== shuffled ties (CAS_SHUFFLE=$$seed)"; for t in $(addprefix $(BUILD)/san/,$(TESTS)); do \
	  CAS_SHUFFLE=$$seed ./$$t >/dev/null 2>&1 || { echo "$$t fails with CAS_SHUFFLE=$$seed"; exit 1; }; done; done
	@set -e; echo "== suspended frames left in place (CAS_STACK_CHECK=0)"; for t in $(addprefix $(BUILD)/san/,$(TESTS)); do \
	  CAS_STACK_CHECK=0 ./$$t >/dev/null 2>&1 || { echo "$$t fails with CAS_STACK_CHECK=0"; exit 1; }; done
	@set -e; for f in $(FUZZ_TARGETS); do echo "== replay $$f"; ./$(BUILD)/san/replay_$$f tests/fuzz/corpus/$$f/* $(FUZZ_SEEDS) 2>&1 | grep -v "doesn't fully support makecontext"; test $${PIPESTATUS[0]} -eq 0; done
test-c: SHELL := /bin/bash

# ---- fuzzing (libFuzzer, clang) ---------------------------------------------
FUZZ_SECONDS ?= 30
FUZZ_CC := clang
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -g -O1
FUZZ_OBJ := $(patsubst %.c,$(BUILD)/fuzz/obj/%.o,$(CORE) runtime/platform/native.c $(LESSONS)) $(call CJSON_OBJ,fuzz)
$(BUILD)/fuzz/obj/%.o: %.c $(HDRS) $(CJSON_H)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CSTD) $(FUZZ_FLAGS) $(INC) -c $< -o $@
$(BUILD)/fuzz/obj/cJSON.o: $(CJSON)/cJSON.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c89 $(FUZZ_FLAGS) -c $< -o $@
$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(CSTD) $(FUZZ_FLAGS) -fsanitize=fuzzer $(INC) $< $(FUZZ_OBJ) $(CJSON_LIBS) -lm -o $@
# make fuzz FUZZ_SECONDS=600: new crashes land in build/fuzz/; copy them to
# tests/fuzz/corpus/<target>/ once fixed, so they are replayed for ever.
# A crash fails the run (pipefail: the fuzzer's status, not tail's).
fuzz: $(addprefix $(BUILD)/fuzz/fuzz_,$(FUZZ_TARGETS))
	@set -eo pipefail; for f in $(FUZZ_TARGETS); do mkdir -p $(BUILD)/fuzz/corpus-$$f; echo "== fuzz_$$f"; \
	  ASAN_OPTIONS=detect_leaks=1 ./$(BUILD)/fuzz/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -max_len=256 -timeout=10 \
	    -artifact_prefix=$(BUILD)/fuzz/ $(BUILD)/fuzz/corpus-$$f tests/fuzz/corpus/$$f $(subst /*.py,,$(FUZZ_SEEDS)) 2>&1 | tail -3; done
fuzz: SHELL := /bin/bash

# ---- valgrind (unsanitized) ---------------------------------------------
VG_OBJ := $(patsubst %.c,$(BUILD)/vg/obj/%.o,$(CORE) runtime/platform/native.c $(LESSONS)) $(call CJSON_OBJ,vg)
$(BUILD)/vg/obj/%.o: %.c $(HDRS) $(CJSON_H)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(INC) -c $< -o $@
$(BUILD)/vg/obj/cJSON.o: $(CJSON)/cJSON.c
	@mkdir -p $(dir $@)
	$(CC) -std=c89 -O1 -g -c $< -o $@
$(BUILD)/vg/test_%: tests/c/test_%.c tests/c/harness.c tests/c/harness.h $(VG_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(INC) -Itests/c $< tests/c/harness.c $(VG_OBJ) $(CJSON_LIBS) -lcmocka -lm -o $@
valgrind: $(addprefix $(BUILD)/vg/,$(TESTS))
	@set -e; for t in $^; do echo "== $$t"; valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible ./$$t >/dev/null; done; echo "valgrind: no errors, no leaks"

# ---- wasm --------------------------------------------------------------
# wasm_sscanf.c and wasm_strtod.c: the module's small sscanf and strtod (see
# the files); not in the library.
WASM_SRC := $(CORE) runtime/platform/wasm.c $(LESSONS) tutorials/wasm_entry.c $(CJSON)/cJSON.c runtime/platform/wasm_sscanf.c runtime/platform/wasm_strtod.c
WASM_LIB_OBJ := $(patsubst %.c,$(BUILD)/wasm/obj/%.o,$(CORE) runtime/platform/wasm.c) $(BUILD)/wasm/obj/cJSON.o
wasm: $(BUILD)/wasm/casyncio.mjs $(BUILD)/wasm/libcasyncio.a $(BUILD)/wasm/asyncify.rsp
# The library for programs of your own:
#   emcc -O2 -sASYNCIFY @build/wasm/asyncify.rsp -sSINGLE_FILE prog.c libcasyncio.a
# asyncify.rsp holds the library's link flags: the stack check that catches
# a task overflowing its stack (RecursionError; see wasm.c), and the
# library's NO_SUSPEND_LIB functions (a smaller, faster program; it holds as
# long as an event handler or allocator hook of yours does not wait: they
# never may).
$(BUILD)/wasm/asyncify.rsp: Makefile
	@mkdir -p $(dir $@)
	echo '-sSTACK_OVERFLOW_CHECK=2 -sASYNCIFY_REMOVE=$(subst $() ,$(comma),$(strip $(NO_SUSPEND_LIB)))' > $@
$(BUILD)/wasm/obj/%.o: %.c $(HDRS) $(CJSON)/cJSON.h | $(BUILD)/.setup-apt
	@mkdir -p $(dir $@)
	$(EMCC) -std=gnu11 -O2 $(WASM_INC) -c $< -o $@
$(BUILD)/wasm/obj/cJSON.o: $(CJSON)/cJSON.c | $(BUILD)/.setup-apt
	@mkdir -p $(dir $@)
	$(EMCC) -std=c89 -O2 -c $< -o $@
$(BUILD)/wasm/libcasyncio.a: $(WASM_LIB_OBJ)
	rm -f $@ && emar rcs $@ $^
$(BUILD)/wasm/casyncio.mjs: $(WASM_SRC) $(HDRS) Makefile | $(BUILD)/.setup-apt
	@mkdir -p $(dir $@)
	$(EMCC) -std=gnu11 $(WASM_INC) $(EMFLAGS) $(WASM_SRC) -o $@

# ---- the Python interpreter (python/) -----------------------------------
include python/python.mk

# ---- static site ---------------------------------------------------------
site: wasm pywasm node_modules/.package-lock.json
	node web/build.mjs

# ---- benchmarks (bench/run.mjs); CI runs only the smoke mode -------------------
bench: native wasm site bench-deps
	node bench/run.mjs
bench-smoke: native wasm site
	node bench/run.mjs --smoke --no-write

# ---- the whole suite: what `npm test` and CI run ---------------------------
test: setup native test-c valgrind fuzz-short site test-js test-python bench-smoke

# A short fuzz run of every target (about 25 s each) as part of the suite.
fuzz-short:
	$(MAKE) fuzz FUZZ_SECONDS=25
test-js: native site
	node --test --test-concurrency=1 tests/js/*.test.mjs $(wildcard tests/browser/*.test.mjs)

clean:
	rm -rf $(BUILD)/native $(BUILD)/san $(BUILD)/vg $(BUILD)/wasm dist
