# casyncio -- one Makefile.  Knobs first; every build lands in build/<config>.
#
#   make            native library + header, and the wasm module (build/wasm)
#   make test-c     native C tests under ASan and UBSan
#   make valgrind   the same tests, unsanitized, under valgrind
#   make site       the static site in dist/ (page, wasm, lessons)
#   make deps       fetch cJSON's Debian source (done on demand)
#   make setup      install what the build and tests need (apt and npm, as root)
#   make test       everything: C tests, Node tests, browser tests

CC       ?= cc
EMCC     ?= emcc
SAN      ?= address,undefined
DEBUG    ?= 0
BUILD    ?= build
CSTD     := -std=c11 -D_GNU_SOURCE
WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
OPT      := $(if $(filter 1,$(DEBUG)),-O0 -g,-O2 -g)

CJSON    := $(BUILD)/deps/cjson
INC      := -Iruntime/include -Iruntime/src -I$(CJSON) -Itutorials
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
# stdio's write hooks): Asyncify leaves them, and what it would instrument
# only because it calls them, alone.  Never list a function that can be on a
# suspending path: the fiber entry (dynCall_vi, trampoline, task_entry),
# run_ready and the handles it runs, callback_run, cas_main, run_program,
# the lessons' bodies.  `make wasm EMEXTRA=-sASYNCIFY_ADVISE` prints what
# is instrumented and why.
NO_SUSPEND := cas__malloc cas__calloc cas__free cas__strdup cas__vformat cas__format cas__event_* cas__value_* \
              cJSON_* parse_value parse_string print_value print_string_ptr ensure add_item_to_object \
              fflush __overflow __fwritex __shgetc __vfprintf_internal printf_core pop_arg
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

.PHONY: bench bench-smoke fuzz fuzz-short all native wasm test-c test-js valgrind site deps setup test clean
all: native wasm

# ---- setup: Debian packages and npm modules, installed on demand ----------
APT_PKGS := emscripten libcmocka-dev dpkg-dev chromium valgrind clang libclang-rt-14-dev
setup: $(BUILD)/.setup-apt node_modules/.package-lock.json
$(BUILD)/.setup-apt:
	@missing=""; \
	 command -v emcc >/dev/null || missing="$$missing emscripten"; \
	 test -f /usr/include/cmocka.h || missing="$$missing libcmocka-dev"; \
	 command -v dpkg-source >/dev/null || missing="$$missing dpkg-dev"; \
	 command -v chromium >/dev/null || missing="$$missing chromium"; \
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

deps: $(CJSON)/cJSON.c
$(CJSON)/cJSON.c $(CJSON)/cJSON.h: | $(BUILD)/.setup-apt
	bash runtime/fetch-cjson.sh

# ---- native ------------------------------------------------------------
NATIVE_OBJ := $(patsubst %.c,$(BUILD)/native/obj/%.o,$(CORE) runtime/platform/native.c) $(BUILD)/native/obj/cJSON.o
native: $(BUILD)/native/libcasyncio.a $(BUILD)/native/include/casyncio.h $(BUILD)/native/casyncio-run

$(BUILD)/native/obj/%.o: %.c $(HDRS) $(CJSON)/cJSON.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(INC) -c $< -o $@
$(BUILD)/native/obj/cJSON.o: $(CJSON)/cJSON.c
	@mkdir -p $(dir $@)
	$(CC) -std=c89 $(OPT) -c $< -o $@
$(BUILD)/native/libcasyncio.a: $(NATIVE_OBJ)
	rm -f $@ && ar rcs $@ $^
$(BUILD)/native/include/casyncio.h: runtime/include/casyncio.h
	@mkdir -p $(dir $@) && cp $< $@
$(BUILD)/native/casyncio-run: tutorials/run_native.c $(LESSONS) $(BUILD)/native/libcasyncio.a $(HDRS)
	$(CC) $(CSTD) $(WARN) $(OPT) $(INC) tutorials/run_native.c $(LESSONS) $(BUILD)/native/libcasyncio.a -lm -o $@

# ---- sanitized tests ----------------------------------------------------
SAN_FLAGS := -fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all
SAN_OBJ := $(patsubst %.c,$(BUILD)/san/obj/%.o,$(CORE) runtime/platform/native.c $(LESSONS)) $(BUILD)/san/obj/cJSON.o
$(BUILD)/san/obj/%.o: %.c $(HDRS) $(CJSON)/cJSON.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(INC) -c $< -o $@
$(BUILD)/san/obj/cJSON.o: $(CJSON)/cJSON.c
	@mkdir -p $(dir $@)
	$(CC) -std=c89 -O1 -g $(SAN_FLAGS) -c $< -o $@
$(BUILD)/san/test_%: tests/c/test_%.c tests/c/harness.c tests/c/harness.h $(SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(INC) -Itests/c $< tests/c/harness.c $(SAN_OBJ) -lcmocka -lm -o $@

# The fuzz targets' replayers: every kept input is a regression test.
FUZZ_TARGETS := scheduler options parser
$(BUILD)/san/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(INC) $< tests/fuzz/replay.c $(SAN_OBJ) -lm -o $@

export ASAN_OPTIONS := detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS := print_stacktrace=1:halt_on_error=1
test-c: $(addprefix $(BUILD)/san/,$(TESTS)) $(addprefix $(BUILD)/san/replay_,$(FUZZ_TARGETS))
	@set -e; for t in $(addprefix $(BUILD)/san/,$(TESTS)); do echo "== $$t"; ./$$t 2>&1 | grep -v "doesn't fully support makecontext"; test $${PIPESTATUS[0]} -eq 0; done
	@set -e; for seed in 1 2 3; do echo "== shuffled ties (CAS_SHUFFLE=$$seed)"; for t in $(addprefix $(BUILD)/san/,$(TESTS)); do \
	  CAS_SHUFFLE=$$seed ./$$t >/dev/null 2>&1 || { echo "$$t fails with CAS_SHUFFLE=$$seed"; exit 1; }; done; done
	@set -e; for f in $(FUZZ_TARGETS); do echo "== replay $$f"; ./$(BUILD)/san/replay_$$f tests/fuzz/corpus/$$f/* 2>&1 | grep -v "doesn't fully support makecontext"; test $${PIPESTATUS[0]} -eq 0; done
test-c: SHELL := /bin/bash

# ---- fuzzing (libFuzzer, clang) ---------------------------------------------
FUZZ_SECONDS ?= 30
FUZZ_CC := clang
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -g -O1
FUZZ_OBJ := $(patsubst %.c,$(BUILD)/fuzz/obj/%.o,$(CORE) runtime/platform/native.c $(LESSONS)) $(BUILD)/fuzz/obj/cJSON.o
$(BUILD)/fuzz/obj/%.o: %.c $(HDRS) $(CJSON)/cJSON.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CSTD) $(FUZZ_FLAGS) $(INC) -c $< -o $@
$(BUILD)/fuzz/obj/cJSON.o: $(CJSON)/cJSON.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c89 $(FUZZ_FLAGS) -c $< -o $@
$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(CSTD) $(FUZZ_FLAGS) -fsanitize=fuzzer $(INC) $< $(FUZZ_OBJ) -lm -o $@
# make fuzz FUZZ_SECONDS=600: new crashes land in build/fuzz/; copy them to
# tests/fuzz/corpus/<target>/ once fixed, so they are replayed for ever.
fuzz: $(addprefix $(BUILD)/fuzz/fuzz_,$(FUZZ_TARGETS))
	@set -e; for f in $(FUZZ_TARGETS); do mkdir -p $(BUILD)/fuzz/corpus-$$f; \
	  ASAN_OPTIONS=detect_leaks=1 ./$(BUILD)/fuzz/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -max_len=256 -timeout=10 \
	    -artifact_prefix=$(BUILD)/fuzz/ $(BUILD)/fuzz/corpus-$$f tests/fuzz/corpus/$$f 2>&1 | tail -3; done

# ---- valgrind (unsanitized) ---------------------------------------------
VG_OBJ := $(patsubst %.c,$(BUILD)/vg/obj/%.o,$(CORE) runtime/platform/native.c $(LESSONS)) $(BUILD)/vg/obj/cJSON.o
$(BUILD)/vg/obj/%.o: %.c $(HDRS) $(CJSON)/cJSON.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(INC) -c $< -o $@
$(BUILD)/vg/obj/cJSON.o: $(CJSON)/cJSON.c
	@mkdir -p $(dir $@)
	$(CC) -std=c89 -O1 -g -c $< -o $@
$(BUILD)/vg/test_%: tests/c/test_%.c tests/c/harness.c tests/c/harness.h $(VG_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(INC) -Itests/c $< tests/c/harness.c $(VG_OBJ) -lcmocka -lm -o $@
valgrind: $(addprefix $(BUILD)/vg/,$(TESTS))
	@set -e; for t in $^; do echo "== $$t"; valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible ./$$t >/dev/null; done; echo "valgrind: no errors, no leaks"

# ---- wasm --------------------------------------------------------------
# wasm_sscanf.c: the module's small sscanf (see the file); not in the library.
WASM_SRC := $(CORE) runtime/platform/wasm.c $(LESSONS) tutorials/wasm_entry.c $(CJSON)/cJSON.c runtime/platform/wasm_sscanf.c
WASM_LIB_OBJ := $(patsubst %.c,$(BUILD)/wasm/obj/%.o,$(CORE) runtime/platform/wasm.c) $(BUILD)/wasm/obj/cJSON.o
wasm: $(BUILD)/wasm/casyncio.mjs $(BUILD)/wasm/libcasyncio.a $(BUILD)/wasm/asyncify.rsp
# The library for programs of your own:
#   emcc -O2 -sASYNCIFY @build/wasm/asyncify.rsp -sSINGLE_FILE prog.c libcasyncio.a
# asyncify.rsp names the library's NO_SUSPEND functions (a smaller, faster
# program; it holds as long as an event handler or allocator hook of yours
# does not wait: they never may).
$(BUILD)/wasm/asyncify.rsp: Makefile
	@mkdir -p $(dir $@)
	echo '-sASYNCIFY_REMOVE=$(subst $() ,$(comma),$(strip $(NO_SUSPEND)))' > $@
$(BUILD)/wasm/obj/%.o: %.c $(HDRS) $(CJSON)/cJSON.h | $(BUILD)/.setup-apt
	@mkdir -p $(dir $@)
	$(EMCC) -std=gnu11 -O2 $(INC) -c $< -o $@
$(BUILD)/wasm/obj/cJSON.o: $(CJSON)/cJSON.c | $(BUILD)/.setup-apt
	@mkdir -p $(dir $@)
	$(EMCC) -std=c89 -O2 -c $< -o $@
$(BUILD)/wasm/libcasyncio.a: $(WASM_LIB_OBJ)
	rm -f $@ && emar rcs $@ $^
$(BUILD)/wasm/casyncio.mjs: $(WASM_SRC) $(HDRS) Makefile | $(BUILD)/.setup-apt
	@mkdir -p $(dir $@)
	$(EMCC) -std=gnu11 $(INC) $(EMFLAGS) $(WASM_SRC) -o $@

# ---- the Python interpreter (python/) -----------------------------------
include python/python.mk

# ---- static site ---------------------------------------------------------
site: wasm pywasm node_modules/.package-lock.json
	node web/build.mjs

# ---- benchmarks (bench/run.mjs); CI runs only the smoke mode -------------------
bench: native wasm site
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
