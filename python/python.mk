# python/python.mk -- the Python interpreter's build, included by the Makefile.
#
# python/*.c is the interpreter (no main); python/tools/*.c are programs
# built on it.  The interpreter sees casyncio only through its public
# header, runtime/include/casyncio.h.  Each part of the interpreter keeps
# its rules in its own section below.

PY_INC := -Iruntime/include -Ipython -I$(CJSON)
PY_SRC := $(sort $(wildcard python/*.c))
PY_HDRS := $(wildcard python/*.h)

# ---- front end: tokenizer, parser, syntax tree ---------------------------
# build/native/pyast (and build/san/pyast, under ASan and UBSan): prints
# ast.dump of a program, or its SyntaxError, as CPython 3.11 would.
# PYFRONT_*_OBJ are the front end's objects for the back end's programs.
# (unicode_case.c: the tokenizer's identifiers are Unicode's XID_Start and
# XID_Continue, str.isidentifier's tables.)
PYFRONT_SRC := python/ast.c python/tokenize.c python/parse.c python/check.c python/unicode_case.c
PYFRONT_SRC := $(filter $(wildcard python/*.c),$(PYFRONT_SRC))
PYFRONT_NATIVE_OBJ := $(patsubst %.c,$(BUILD)/native/obj/%.o,$(PYFRONT_SRC))
PYFRONT_SAN_OBJ := $(patsubst %.c,$(BUILD)/san/obj/%.o,$(PYFRONT_SRC))
PYFRONT_FUZZ_OBJ := $(patsubst %.c,$(BUILD)/fuzz/obj/%.o,$(PYFRONT_SRC))
$(PYFRONT_NATIVE_OBJ): $(BUILD)/native/obj/%.o: %.c $(PY_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(PY_INC) -c $< -o $@
$(PYFRONT_SAN_OBJ): $(BUILD)/san/obj/%.o: %.c $(PY_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(PY_INC) -c $< -o $@
$(PYFRONT_FUZZ_OBJ): $(BUILD)/fuzz/obj/%.o: %.c $(PY_HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CSTD) $(FUZZ_FLAGS) $(PY_INC) -c $< -o $@
$(BUILD)/native/pyast: python/tools/pyast.c $(PYFRONT_NATIVE_OBJ)
	$(CC) $(CSTD) $(WARN) $(OPT) $(PY_INC) $< $(PYFRONT_NATIVE_OBJ) -pthread -o $@
$(BUILD)/san/pyast: python/tools/pyast.c $(PYFRONT_SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(PY_INC) $< $(PYFRONT_SAN_OBJ) -pthread -o $@
# The fuzz target (tests/fuzz/fuzz_parser.c, in the Makefile's
# FUZZ_TARGETS) and its replayer link the front end only.
$(BUILD)/fuzz/fuzz_parser: tests/fuzz/fuzz_parser.c $(PYFRONT_FUZZ_OBJ)
	$(FUZZ_CC) $(CSTD) $(FUZZ_FLAGS) -fsanitize=fuzzer $(PY_INC) $< $(PYFRONT_FUZZ_OBJ) -lm -o $@
$(BUILD)/san/replay_parser: tests/fuzz/fuzz_parser.c tests/fuzz/replay.c $(PYFRONT_SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(PY_INC) $< tests/fuzz/replay.c $(PYFRONT_SAN_OBJ) -lm -o $@
# build/san/pyast-oom: allocations fail from the PYAST_FAIL_AT-th on.
$(BUILD)/san/pyast-oom: python/tools/pyast.c tests/python/oom_wrap.c $(PYFRONT_SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(PY_INC) $< tests/python/oom_wrap.c $(PYFRONT_SAN_OBJ) -pthread \
	  -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc -o $@
.PHONY: pyfront test-pyfront
pyfront: $(BUILD)/native/pyast $(BUILD)/san/pyast $(BUILD)/san/pyast-oom
# The front end's tests: the dump, the errors and the warnings compared
# with python3, natively and under ASan and UBSan.
test-pyfront: pyfront
	node --test tests/python/parser.test.mjs
	PYAST=$(BUILD)/san/pyast node --test tests/python/parser.test.mjs

# ---- numbers: big integers (libtommath), float repr, formatting ----------
# python/num*.c (part of PY_SRC) sit on libtommath, fetched from Debian's
# source package at build time (python/fetch-tommath.sh) into
# build/deps/tommath and compiled as ONE translation unit (a generated file
# that includes every bn_*.c) with a section per function: the linker then
# keeps only the mp_ functions that are called (wasm-ld always does;
# natively --gc-sections).  Its allocation goes through num.c's allocator.
# For the interpreter's rules: PY_INC has the include path, NUM_DEPS must be
# an (order-only) prerequisite of every object that includes num.h, and
# TOMMATH_OBJ_native / _san / _wasm is the library's object per build.
TOMMATH := $(BUILD)/deps/tommath
PY_INC += -I$(TOMMATH)
NUM_DEPS := $(TOMMATH)/tommath.h
NUM_SRC := python/num.c python/num_format.c python/num_unicode.c
NUM_HDRS := python/num.h python/num_internal.h
TOMMATH_DEFS := -DMP_MALLOC=num__mp_malloc -DMP_REALLOC=num__mp_realloc -DMP_CALLOC=num__mp_calloc \
                -DMP_FREE=num__mp_free -DMP_NO_FILE -DMP_FIXED_CUTOFFS
# Freed digits are not zeroed (libtommath's default wipes them, a third of
# the time of r *= i in wasm): no secrets live in these numbers.
TOMMATH_DEFS += -DMP_NO_ZERO_ON_FREE
TOMMATH_OBJ_native := $(BUILD)/native/obj/tommath.o
TOMMATH_OBJ_san := $(BUILD)/san/obj/tommath.o
TOMMATH_OBJ_wasm := $(BUILD)/wasm/obj/tommath.o

deps: $(TOMMATH)/tommath.h
$(TOMMATH)/tommath.h: | $(BUILD)/.setup-apt
	bash python/fetch-tommath.sh
# In wasm, Toom-Cook multiplication and squaring are left out (their
# cutoffs set out of reach, so the code is dead): they only pay beyond
# about 10,000 digits and cost 2 KB gzip.  Karatsuba stays.
$(TOMMATH)/tommath_all.c: $(TOMMATH)/tommath.h python/python.mk
	cd $(TOMMATH) && { echo '#include "tommath_private.h"'; \
	  echo '#if defined(__EMSCRIPTEN__)'; \
	  echo '#undef MP_TOOM_MUL_CUTOFF'; echo '#define MP_TOOM_MUL_CUTOFF (INT_MAX + 1LL)'; \
	  echo '#undef MP_TOOM_SQR_CUTOFF'; echo '#define MP_TOOM_SQR_CUTOFF (INT_MAX + 1LL)'; \
	  echo '#endif'; \
	  for f in bn_*.c; do echo "#include \"$$f\""; done; } > tommath_all.c
$(TOMMATH_OBJ_native): $(TOMMATH)/tommath_all.c
	@mkdir -p $(dir $@)
	$(CC) -std=c99 $(OPT) -ffunction-sections -fdata-sections $(TOMMATH_DEFS) -I$(TOMMATH) -c $< -o $@
$(TOMMATH_OBJ_san): $(TOMMATH)/tommath_all.c
	@mkdir -p $(dir $@)
	$(CC) -std=c99 -O1 -g $(SAN_FLAGS) $(TOMMATH_DEFS) -I$(TOMMATH) -c $< -o $@
$(TOMMATH_OBJ_wasm): $(TOMMATH)/tommath_all.c | $(BUILD)/.setup-apt
	@mkdir -p $(dir $@)
	$(EMCC) -std=c99 -Oz $(PYWASM_FEATURES) -ffunction-sections -fdata-sections -Wno-tautological-constant-out-of-range-compare -Wno-#warnings $(TOMMATH_DEFS) -I$(TOMMATH) -c $< -o $@

# numcheck (python/tools/numcheck.c) reads operations on stdin and prints
# the numbers layer's answers; tests/python/num.test.mjs compares them with
# python3's.  num_test is the layer's C unit test.  Both also sanitized.
NUM_CFLAGS := $(CSTD) $(WARN) -Ipython -I$(TOMMATH)
$(BUILD)/native/numcheck: python/tools/numcheck.c $(NUM_SRC) $(NUM_HDRS) $(TOMMATH_OBJ_native)
	$(CC) $(NUM_CFLAGS) $(OPT) python/tools/numcheck.c $(NUM_SRC) $(TOMMATH_OBJ_native) -Wl,--gc-sections -lm -o $@
$(BUILD)/san/numcheck: python/tools/numcheck.c $(NUM_SRC) $(NUM_HDRS) $(TOMMATH_OBJ_san)
	$(CC) $(NUM_CFLAGS) -O1 -g $(SAN_FLAGS) python/tools/numcheck.c $(NUM_SRC) $(TOMMATH_OBJ_san) -lm -o $@
$(BUILD)/san/num_test: tests/python/num_test.c $(NUM_SRC) $(NUM_HDRS) $(TOMMATH_OBJ_san)
	$(CC) $(NUM_CFLAGS) -O1 -g $(SAN_FLAGS) tests/python/num_test.c $(NUM_SRC) $(TOMMATH_OBJ_san) -lm -o $@
# The same driver in wasm (28-bit digits, musl's printf and strtod), run by node.
$(BUILD)/wasm/numcheck.cjs: python/tools/numcheck.c $(NUM_SRC) $(NUM_HDRS) $(TOMMATH_OBJ_wasm)
	@mkdir -p $(dir $@)
	$(EMCC) -std=gnu11 -O2 -Ipython -I$(TOMMATH) -sNODERAWFS -sENVIRONMENT=node -sSINGLE_FILE -sALLOW_MEMORY_GROWTH \
	  -sEXIT_RUNTIME python/tools/numcheck.c $(NUM_SRC) $(TOMMATH_OBJ_wasm) -o $@
# The size the numbers layer adds to a wasm module (-Oz, gzip): a program
# that calls every num_ function, minus the same program calling none.
$(BUILD)/wasm/numsize.wasm $(BUILD)/wasm/numsize0.wasm: python/tools/numsize.c $(NUM_SRC) $(NUM_HDRS) $(TOMMATH_OBJ_wasm)
	@mkdir -p $(dir $@)
	$(EMCC) -std=gnu11 -Oz -Ipython -I$(TOMMATH) -sMALLOC=emmalloc python/tools/numsize.c $(NUM_SRC) $(TOMMATH_OBJ_wasm) -o $(BUILD)/wasm/numsize.wasm
	$(EMCC) -std=gnu11 -Oz -Ipython -I$(TOMMATH) -sMALLOC=emmalloc -DNUMSIZE_BASELINE python/tools/numsize.c -o $(BUILD)/wasm/numsize0.wasm
num-size: $(BUILD)/wasm/numsize.wasm
	@$(EMCC) -std=gnu11 -Oz -Ipython -I$(TOMMATH) -sMALLOC=emmalloc -DNUMSIZE_NO_LIBM python/tools/numsize.c $(NUM_SRC) \
	   $(TOMMATH_OBJ_wasm) -o $(BUILD)/wasm/numsize1.wasm
	@a=$$(gzip -9c $(BUILD)/wasm/numsize.wasm | wc -c); b=$$(gzip -9c $(BUILD)/wasm/numsize0.wasm | wc -c); \
	 c=$$(gzip -9c $(BUILD)/wasm/numsize1.wasm | wc -c); \
	 echo "numbers layer in wasm (-Oz, gzip -9): baseline $$b bytes; the layer adds $$((c - b)) bytes," \
	      "$$((a - b)) with libm's transcendental functions (math.sin and friends)"
# A libFuzzer target over the layer's text inputs (tests/python/fuzz_num.c):
# `make fuzz-num FUZZ_SECONDS=n`; what it finds lands in build/fuzz/.
$(BUILD)/fuzz/obj/tommath.o: $(TOMMATH)/tommath_all.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c99 $(FUZZ_FLAGS) $(TOMMATH_DEFS) -I$(TOMMATH) -c $< -o $@
$(BUILD)/fuzz/fuzz_num: tests/python/fuzz_num.c $(NUM_SRC) $(NUM_HDRS) $(BUILD)/fuzz/obj/tommath.o
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CSTD) $(FUZZ_FLAGS) -fsanitize=fuzzer -Ipython -I$(TOMMATH) tests/python/fuzz_num.c $(NUM_SRC) \
	  $(BUILD)/fuzz/obj/tommath.o -lm -o $@
fuzz-num: $(BUILD)/fuzz/fuzz_num
	@mkdir -p $(BUILD)/fuzz/corpus-num
	ASAN_OPTIONS=detect_leaks=1 ./$(BUILD)/fuzz/fuzz_num -max_total_time=$(FUZZ_SECONDS) -max_len=128 -timeout=10 \
	  -malloc_limit_mb=256 -artifact_prefix=$(BUILD)/fuzz/ $(BUILD)/fuzz/corpus-num 2>&1 | tail -3

# The layer's speed on the issue's workloads, beside CPython's.
$(BUILD)/native/numbench: python/tools/numbench.c $(NUM_SRC) $(NUM_HDRS) $(TOMMATH_OBJ_native)
	$(CC) $(NUM_CFLAGS) $(OPT) python/tools/numbench.c $(NUM_SRC) $(TOMMATH_OBJ_native) -Wl,--gc-sections -lm -o $@
num-bench: $(BUILD)/native/numbench
	./$(BUILD)/native/numbench
	@python3 -c 'import math, random, sys, timeit; sys.set_int_max_str_digits(0); \
	  f = math.factorial(2000); digits = "7" * 4000; random.seed(1); xs = [random.random() * 1000 for _ in range(1000)]; \
	  loop = "r = 1\nfor i in range(2, 2001): r *= i"; \
	  cases = [("math.factorial(2000)", "math.factorial(2000)", 200), ("r = 1; for i in 2..2000: r *= i", loop, 200), \
	           ("str(factorial(2000))", "str(f)", 200), ("int(\x277\x27 * 4000)", "int(digits)", 200), \
	           ("repr(x) for 1000 floats", "for x in xs: repr(x)", 50), \
	           ("format(x, \x27.2f\x27) for 1000 floats", "for x in xs: format(x, \x27.2f\x27)", 50)]; \
	  [print("CPython %-26s %10.2f us" % (l, min(timeit.repeat(s, number=n, repeat=3, globals=globals())) / n * 1e6)) for l, s, n in cases]'
NUM_CHECKS := $(BUILD)/san/num_test $(BUILD)/native/numcheck $(BUILD)/san/numcheck $(BUILD)/wasm/numcheck.cjs
test-num: $(NUM_CHECKS)
	node --test tests/python/num.test.mjs
test-python: $(NUM_CHECKS)
.PHONY: num-size num-bench fuzz-num test-num test-python

# ---- the modules written in Python (python/lib/*.py) ---------------------
# Compiled by the interpreter from their text when needed (asyncio's prelude,
# dataclasses, itertools, ...).  python/tools/gen_prelude.py writes that text
# as C strings into headers here, without comments and needless spaces (the
# wasm module carries it); asyncio.c, exc.c and modules.c include them.
PRELUDE_GEN := $(BUILD)/gen/python
PY_INC += -I$(PRELUDE_GEN)
PRELUDE_HDRS := $(addprefix $(PRELUDE_GEN)/,asyncio_prelude.py.h builtins_prelude.py.h dataclasses.py.h \
                functools.py.h itertools.py.h stdlib.py.h)
$(PRELUDE_GEN)/%.py.h: python/tools/gen_prelude.py
	@mkdir -p $(dir $@)
	python3 python/tools/gen_prelude.py $@ $(PRELUDE_ARGS_$*)
PRELUDE_ARGS_asyncio_prelude := asyncio_prelude=python/lib/asyncio.py
PRELUDE_ARGS_builtins_prelude := --bare builtins_prelude=python/lib/builtins.py
PRELUDE_ARGS_dataclasses := dataclasses_prelude=python/lib/dataclasses.py
PRELUDE_ARGS_functools := functools_prelude=python/lib/functools.py
PRELUDE_ARGS_itertools := itertools_prelude=python/lib/itertools.py
# CPython's docstrings and signatures of its builtins and of these modules
# (python/tools/gen_docs.py): _docs, and _docs_MODULE for each
# (web/casyncio-python.js, modules.c and PYLIB below name them too)
DOCS_MODULES := builtins asyncio math random time itertools functools operator collections json heapq bisect copy string statistics dataclasses contextlib queue re enum
DOCS_LIB := _docs $(addprefix _docs_,$(DOCS_MODULES))
DOCS_FILES := $(patsubst %,$(PRELUDE_GEN)/lib/%.py,$(DOCS_LIB))
$(PRELUDE_GEN)/lib/_docs.stamp: python/tools/gen_docs.py
	@mkdir -p $(dir $@)
	python3 python/tools/gen_docs.py $(dir $@)
	@touch $@
$(DOCS_FILES): $(PRELUDE_GEN)/lib/_docs.stamp ; @:
PRELUDE_ARGS_stdlib := string_prelude=python/lib/string.py bisect_prelude=python/lib/bisect.py errno_prelude=python/lib/errno.py \
                       heapq_prelude=python/lib/heapq.py collections_prelude=python/lib/collections.py \
                       copy_prelude=python/lib/copy.py json_prelude=python/lib/json.py abc_prelude=python/lib/abc.py \
                       contextlib_prelude=python/lib/contextlib.py datetime_prelude=python/lib/datetime.py \
                       _strptime_prelude=python/lib/_strptime.py threading_prelude=python/lib/threading.py \
                       concurrent_prelude=python/lib/concurrent.py types_prelude=python/lib/types.py \
                       inspect_prelude=python/lib/inspect.py io_prelude=python/lib/io.py \
                       traceback_prelude=python/lib/traceback.py \
                       enum_prelude=python/lib/enum.py fractions_prelude=python/lib/fractions.py \
                       logging_prelude=python/lib/logging.py statistics_prelude=python/lib/statistics.py \
                       pprint_prelude=python/lib/pprint.py warnings_prelude=python/lib/warnings.py \
                       _collections_abc_prelude=python/lib/_collections_abc.py textwrap_prelude=python/lib/textwrap.py \
                       re_prelude=python/lib/re.py timeit_prelude=python/lib/timeit.py \
                       calendar_prelude=python/lib/calendar.py keyword_prelude=python/lib/keyword.py numbers_prelude=python/lib/numbers.py \
                       doctest_prelude=python/lib/doctest.py this_prelude=$(PRELUDE_GEN)/lib/this.py csv_prelude=python/lib/csv.py \
                       decimal_prelude=$(PRELUDE_GEN)/lib/decimal.py queue_prelude=python/lib/queue.py \
                       hashlib_prelude=python/lib/hashlib.py base64_prelude=python/lib/base64.py \
                       posixpath_prelude=python/lib/posixpath.py reprlib_prelude=python/lib/reprlib.py \
                       argparse_prelude=$(PRELUDE_GEN)/lib/argparse.py signal_prelude=python/lib/signal.py \
                       _asyncio_streams_prelude=$(PRELUDE_GEN)/lib/_asyncio_streams.py _help_prelude=python/lib/_help.py \
                       ast_prelude=$(PRELUDE_GEN)/lib/ast.py _ast_prelude=$(PRELUDE_GEN)/lib/_ast.py \
                       $(foreach m,$(DOCS_LIB),$(m)_prelude=$(PRELUDE_GEN)/lib/$(m).py)
$(PRELUDE_GEN)/asyncio_prelude.py.h: python/lib/asyncio.py
$(PRELUDE_GEN)/builtins_prelude.py.h: python/lib/builtins.py
$(PRELUDE_GEN)/dataclasses.py.h: python/lib/dataclasses.py
$(PRELUDE_GEN)/functools.py.h: python/lib/functools.py
$(PRELUDE_GEN)/itertools.py.h: python/lib/itertools.py
$(PRELUDE_GEN)/stdlib.py.h: $(foreach a,$(PRELUDE_ARGS_stdlib),$(lastword $(subst =, ,$(a))))
# Modules of CPython's own library, written at build time from the machine's
# CPython 3.11 (CPython's text is not kept here): python/tools/gen_cpython_lib.py
# (this, argparse, asyncio's StreamReader, ast), gen_decimal.py (decimal: _pydecimal.py changed towards _decimal),
# gen_ast.py (_ast: python/lib/_ast.py with CPython's node classes).
CPYTHON_LIB := this decimal argparse _asyncio_streams ast _ast
$(PRELUDE_GEN)/lib/%.py: python/tools/gen_cpython_lib.py
	@mkdir -p $(dir $@)
	python3 python/tools/gen_cpython_lib.py $* $@
$(PRELUDE_GEN)/lib/_ast.py: python/tools/gen_ast.py python/lib/_ast.py
	@mkdir -p $(dir $@)
	python3 python/tools/gen_ast.py python/lib/_ast.py $@
$(PRELUDE_GEN)/lib/decimal.py: python/tools/gen_decimal.py
	@mkdir -p $(dir $@)
	python3 python/tools/gen_decimal.py $@
$(foreach d,$(BUILD)/native/obj $(BUILD)/san/obj $(BUILD)/wasm/pyobj,$(d)/python/asyncio.o $(d)/python/exc.o \
  $(d)/python/modules.o): $(PRELUDE_HDRS)
# The wasm module carries only asyncio's and builtins' (modules.c, "The
# library's modules"): the others are files of their own, as small,
# build/wasm/pylib/NAME.py, which `make site` copies to dist/pylib/ beside
# python.wasm, where web/casyncio.js reads or fetches them when a program
# imports them.  `make pylib-size` lists their bytes.
PYLIB := abc base64 bisect calendar errno collections concurrent contextlib copy csv dataclasses datetime decimal doctest enum fractions functools hashlib heapq inspect io itertools json keyword logging numbers pprint queue re statistics string textwrap this threading timeit traceback types warnings _strptime _collections_abc posixpath reprlib argparse signal _asyncio_streams _help ast _ast _docs _docs_builtins _docs_asyncio _docs_math _docs_random _docs_time _docs_itertools _docs_functools _docs_operator _docs_collections _docs_json _docs_heapq _docs_bisect _docs_copy _docs_string _docs_statistics _docs_dataclasses _docs_contextlib _docs_queue _docs_re _docs_enum
PYLIB_FILES := $(patsubst %,$(BUILD)/wasm/pylib/%.py,$(PYLIB))
$(BUILD)/wasm/pylib/%.py: python/lib/%.py python/tools/gen_prelude.py
	@mkdir -p $(dir $@)
	python3 python/tools/gen_prelude.py --py $@ $<
$(patsubst %,$(BUILD)/wasm/pylib/%.py,$(CPYTHON_LIB) $(DOCS_LIB)): $(BUILD)/wasm/pylib/%.py: $(PRELUDE_GEN)/lib/%.py python/tools/gen_prelude.py
	@mkdir -p $(dir $@)
	python3 python/tools/gen_prelude.py --py $@ $<
.PHONY: pylib-size
pylib-size: $(PYLIB_FILES)
	@for f in $(PYLIB_FILES); do echo "$$(basename $$f): $$(stat -c %s $$f) bytes, $$(gzip -9c $$f | wc -c) gzip"; done

# ---- str's Unicode tables (python/unicode_case.c) ------------------------
# Generated by python/tools/gen_unicode_case.py (run by hand with CPython
# 3.11).  unicode_check prints the tables' answers for every code point;
# tests/python/unicode_case.test.mjs compares them with python3's.
$(BUILD)/native/unicode_check: python/tools/unicode_check.c python/unicode_case.c python/unicode_case.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) -Ipython python/tools/unicode_check.c python/unicode_case.c -o $@
test-python: $(BUILD)/native/unicode_check

# ---- back end: objects, compiler, evaluator, builtins, modules, CLI -------
# build/native/casyncio-python runs a program as python3 does; build/san/
# casyncio-python is the same under ASan and UBSan (the tests' refcount net).
# num.h's layer is used when python/num.c is present (PY_HAVE_NUM).
PYCORE_SRC := $(filter-out $(PYFRONT_SRC) $(NUM_SRC),$(PY_SRC))
PYCORE_DEFS := -DPY_HAVE_NUM
PYCORE_NATIVE_OBJ := $(patsubst %.c,$(BUILD)/native/obj/%.o,$(PYCORE_SRC) $(NUM_SRC))
PYCORE_SAN_OBJ := $(patsubst %.c,$(BUILD)/san/obj/%.o,$(PYCORE_SRC) $(NUM_SRC))
PYNUM_NATIVE_OBJ := $(TOMMATH_OBJ_native)
PYNUM_SAN_OBJ := $(TOMMATH_OBJ_san)
$(PYCORE_NATIVE_OBJ): $(BUILD)/native/obj/%.o: %.c $(PY_HDRS) | $(NUM_DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(PY_INC) $(PYCORE_DEFS) -c $< -o $@
$(PYCORE_SAN_OBJ): $(BUILD)/san/obj/%.o: %.c $(PY_HDRS) | $(NUM_DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(PY_INC) $(PYCORE_DEFS) -c $< -o $@
$(BUILD)/native/casyncio-python: python/tools/casyncio-python.c $(PYCORE_NATIVE_OBJ) $(PYFRONT_NATIVE_OBJ) $(PYNUM_NATIVE_OBJ) $(BUILD)/native/libcasyncio.a
	$(CC) $(CSTD) $(WARN) $(OPT) $(PY_INC) $(PYCORE_DEFS) $< $(PYCORE_NATIVE_OBJ) $(PYFRONT_NATIVE_OBJ) $(PYNUM_NATIVE_OBJ) $(BUILD)/native/libcasyncio.a -lm -o $@
$(BUILD)/san/casyncio-python: python/tools/casyncio-python.c $(PYCORE_SAN_OBJ) $(PYFRONT_SAN_OBJ) $(PYNUM_SAN_OBJ) $(SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(PY_INC) $(PYCORE_DEFS) $< $(PYCORE_SAN_OBJ) $(PYFRONT_SAN_OBJ) $(PYNUM_SAN_OBJ) $(SAN_OBJ) -lm -o $@
.PHONY: pycore
pycore: $(BUILD)/native/casyncio-python $(BUILD)/san/casyncio-python
# ---- tests ---------------------------------------------------------------
# Every tests/python/*.test.mjs (the fidelity corpus, corpus.test.mjs, and the
# other parts' tests).  The corpus's interpreter tests are todo until their
# runner is built and the program is listed in tests/python/corpus/PASSING.
.PHONY: test-python
test-python: pyfront $(BUILD)/native/casyncio-python $(BUILD)/san/casyncio-python
	node --test --test-concurrency=1 tests/python/*.test.mjs
	PYAST=$(BUILD)/san/pyast node --test tests/python/parser.test.mjs

# ---- wasm: the interpreter's own module (python/tools/wasm_entry.c) -------
# build/wasm/python.mjs + python.wasm: the runtime (as in the lessons'
# module: -Oz, emmalloc, Asyncify; not the stack check, see below) with the interpreter
# and libtommath instead of the lessons.  web/casyncio.js's runPython and
# `casyncio run program.py` load it; the lessons' module stays as it is.
# Every object is built -Oz here (the library's objects are -O2).
# PY_SUSPEND: the only functions Asyncify instruments (-sASYNCIFY_ONLY): those
# that may be on a task's C stack when it suspends (an await, time.sleep,
# asyncio.run's waits, the host's turn every 20 ms).  The evaluator never
# suspends with any other C function on the stack (eval.c, "Suspending under
# Asyncify"): a loop nested in a callback from C that is not listed (a
# __del__...) waits for its host turn until it is back in the evaluator.  Names
# are the C names; wasm-opt inlines before Asyncify runs, so a name that is
# gone is harmless (wasm-opt warns "Asyncify onlylist contained a
# non-existing function name" for each: about 15, all inlined), and a
# caller that took in a listed function is listed itself.  `make pywasm-check` builds the module with Asyncify's assertions
# (a trap if anything else is on the stack at a suspend), which
# tests/python/wasm-suspend.test.mjs runs on every kind of suspend.
PYWASM_SRC := $(CORE) runtime/platform/wasm.c runtime/platform/wasm_sscanf.c $(CJSON)/cJSON.c \
              $(PY_SRC) python/tools/wasm_entry.c
# python/tools/wasm_libc.c: strtod, snprintf and friends and strstr in place
# of musl's (9 KB gzip less: no long double arithmetic, no FILE machinery
# under snprintf); tests/python/wasm_libc_test.c checks them against libc's.
PYWASM_SRC += python/tools/wasm_libc.c
# python/tools/wasm_rem_pio2.c: musl's __rem_pio2_large from Emscripten's
# own musl source, with the table of 2/pi's digits that double arguments
# need instead of long double's (2.2 KB gzip less; the same results).
EM_MUSL = $(shell em-config EMSCRIPTEN_ROOT)/system/lib/libc/musl
PYWASM_SRC += python/tools/wasm_rem_pio2.c
$(BUILD)/wasm/pyobj/python/tools/wasm_rem_pio2.o: PYWASM_CFLAGS += -I$(EM_MUSL)/src/internal -I$(EM_MUSL)/arch/generic
# python/tools/wasm_pow.c: musl's Arm pow (glibc's since 2.28), where the
# libc Emscripten builds for -Oz has FreeBSD's pow_small.c, whose last
# digits differ from CPython's on Linux for a quarter of x ** y.
# python/tools/wasm_log.c likewise: musl's Arm log (glibc's), where the
# -Oz libc has FreeBSD's log_small.c (log10 is glibc's, wasm_libc.c).
PYWASM_SRC += python/tools/wasm_pow.c python/tools/wasm_pow_data.c python/tools/wasm_log.c
$(BUILD)/wasm/pyobj/python/tools/wasm_pow.o $(BUILD)/wasm/pyobj/python/tools/wasm_pow_data.o $(BUILD)/wasm/pyobj/python/tools/wasm_log.o: PYWASM_CFLAGS += -I$(EM_MUSL)/src/internal -I$(EM_MUSL)/arch/generic
PYWASM_OBJ := $(patsubst %.c,$(BUILD)/wasm/pyobj/%.o,$(PYWASM_SRC))
# The two run stacks tasks run on: 1 MiB each (the runtime's default is
# 256 KiB), so that Python recursing through C (a property or __init__
# calling itself, a key function of sorted...: about 300 bytes a level)
# reaches CPython's recursion limit well before a stack's end; and an
# Asyncify area to match, for a task that suspends that deep.
$(BUILD)/wasm/pyobj/runtime/platform/wasm.o: PYWASM_CFLAGS += '-DCAS_RUN_STACK=(1024 * 1024)' '-DCAS_ASYNC_SCRATCH=(256 * 1024)'
PY_SUSPEND_RUNTIME := dynCall_vi trampoline task_entry cas_main cas_run cas_run_named run_until_complete run_once run_ready loop_enter \
              cas__fiber_resume cas__fiber_switch cas__fiber_yield cas__task_back block cas__suspend cas__host_wait \
              cas__host_turn cas__host_pace cas_await cas_sleep cas_blocking_sleep blocking_sleep cas_as_completed_next \
              cas_wait_for cancel_and_wait cas_wait cas_task_group_exit cas_run_kept cas_run_as cas_run_kept_until cas_shutdown_kept loop_run loop_shutdown
PY_SUSPEND := $(PY_SUSPEND_RUNTIME) py_wasm_run py_run_program program_body py_eval_code run tick \
              task_body main_body py_await py__asyncio_await gather_await sleep_run ac_wait_one agen_next agen_anext_run \
              gen_iternext py_gen_send func_call py_call cfunc_call method_call py_type_call type_call_heap py_next py__next_resumable \
              b_sum list_vnew time_sleep aio_run aio_tg_exit wait_for_run \
              agen_send \
              agen_asend_run \
              agen_athrow_run \
              agen_aclose_run \
              py__agen_awaitable_throw \
              py_gen_throw \
              awaititer_next \
              await_iter py__await_gen \
              awaititer_send \
              wrap_awaitable_run \
              py__asyncio_bare_yield \
              thread_body py__thread_sleep aio_block_on call_exit py__after_suspend py__loop_turn sleep_result after_kept_run wait_again \
              aio_thread_start main_wait_run main_wait_body py__threads_shutdown py__threads_loop_end b_next py__next_keep_stop \
              b_exec b_eval exec_eval py__exec_single display_value \
              ctx_run
# a loop kept between runs (asyncio.c): closed, shut down or abandoned, its tasks run once more
PY_SUSPEND += aio_runner_shutdown runner_shutdown close_agens_run abandon_kept py__asyncio_end_kept end_kept destroy_task report_destroyed end_deferred run_ended
# gc.collect() outside a run closes the tasks a closed loop left that nothing holds
PY_SUSPEND += gc_collect py__asyncio_collect collect_closed_kept
# run's loop, a function of its own in wasm (eval.c: re-entered to pick up V8's optimized code)
PY_SUSPEND += eval_loop
# An import statement waits there for a library module's text the host is
# still fetching (modules.c, "The library's modules"); functools'
# cache_info imports collections, time.strptime _strptime; lib_wait_deps waits for
# what a library module imports, at any depth.
PY_SUSPEND += py__import_prepare lib_wait lib_wait_deps cache_info time_strptime
# A loop nested in a callback from C (issue 13: Stop and the host's turns
# reach it): the iteration and calls of the builtins that run Python code
# (py__next_resumable, py__call_resumable), and the dunder slots.
PY_SUSPEND += do_format py__call_resumable call_special_safe getattr_hook richcmp py_repr py_str py_hash py_richcmp py_richcmp_bool py_eq \
              slot_repr slot_str slot_hash slot_richcmp slot_next b_print b_repr minmax b_min b_max b_any b_all b_sorted \
              py_sequence_tuple tuple_vnew py_list_extend py_sequence_list list_extend list_sort lt binarysort count_run gallop_left gallop_right merge_lo merge_hi merge_at sort_new_run \
              py_list_sort set_update_safe py_set_new set_vnew py_dict_update py__dict_merge dict_update_m dict_vnew enum_next zip_next \
              map_next filter_next str_vnew str_join py_str_join py_truth slot_truth b_len py_len slot_len slot_len_safe \
              py_getitem slot_getitem py_binop user_binop seq_find tuple_index list_index list_contains py_contains \
              slot_contains py_set_add b_hash
# ... and the instructions eval_fast leaves to eval_loop when an operand may
# run a class's dunder (eval.c, "Instructions that may run a class's dunder"):
# attributes (a property, __getattr__, a descriptor's __get__, __setattr__),
# item stores, unary operators, in-place operators, iteration and unpacking,
# the containers' reprs and comparisons passing it on to their items, __call__.
PY_SUSPEND += py_getattr property_get slot_descr_get slot_getattribute py_setattr slot_setattr py_setitem py_delitem slot_setitem \
              py_unary py_inplace py_iter slot_iter dunder_op py_set_update seq_repr list_repr tuple_repr dict_repr \
              set_repr seq_richcmp tuple_richcmp list_richcmp dict_get_m slot_call py_format b_format str_format \
              format_rec tuple_contains str_percent py_str_percent py__percent py_bytes_percent py_call_tuple_dict py__format_builtin
# ... a metaclass's __call__ calling super().__call__(): type.__call__ passes the announcement on to __init__
PY_SUSPEND += type_call_m
# ... a property's getter called through its __get__ (prop.__get__(obj))
PY_SUSPEND += py__wrap_descr_get
# ... and what those reach nested in C (tests/python/stop.test.mjs): a
# tuple's items' __hash__, a stored key's __eq__ on a hash collision,
# __index__ (a list's index, a slice, range()), the __getitem__ iteration
# of a class without __iter__.
PY_SUSPEND += tuple_hash_safe dict_safe dict_lookup_safe set_safe set_add_entry_safe set_lookkey_safe \
              index_getitem py__index_of range_vnew getitem_iter_next
# ... and a class derived from a built-in type: its base's __new__ and
# __init__, which iterate what they are given, and a dict's __missing__
# (object.c, containers.c).
PY_SUSPEND += builtin_new dict_init list_init set_init dict_sub_getitem
# -sSTACK_OVERFLOW_CHECK=0: no check at every move of the stack pointer
# (3.4 KB gzip; 4% to 25% of the run time); every recursion in C asks
# py__stack_low() instead (python/cstack.h), which `make pywasm-stack`
# proves, and the runtime is told so (it does not watch for the check's
# abort: CAS_STACK_BY_PROGRAM).
$(BUILD)/wasm/pyobj/runtime/platform/wasm.o: PYWASM_CFLAGS += -DCAS_STACK_BY_PROGRAM
# PYWASM_FEATURES: WebAssembly's bulk memory operations (every browser since
# 2021: Chrome 75, Firefox 79, Safari 15; Node 12).  At -Oz Emscripten's
# memcpy and memset copy a byte at a time; with them a copy of any length is
# one memory.copy, which the engine runs as its own memmove: a str built by
# 100,000 `s += c` took 2 s in wasm and takes 0.1 s (CPython 0.05), and
# every list's growth, join and slice gains.  The module is 30 bytes larger.
# The lessons' module (casyncio.wasm) stays as it is.
PYWASM_FEATURES := -mbulk-memory
PYWASM_FLAGS := -Oz $(PYWASM_FEATURES) -sMALLOC=emmalloc -sASYNCIFY -sASYNCIFY_STACK_SIZE=16384 \
            '-sASYNCIFY_ONLY=$(subst $() ,$(comma),$(strip $(PY_SUSPEND)))' \
            -sMODULARIZE -sEXPORT_ES6 -sENVIRONMENT=web \
            -sEXPORT_NAME=createPython -sALLOW_MEMORY_GROWTH -sMAXIMUM_MEMORY=1gb -sTOTAL_STACK=1mb \
            -sSTACK_OVERFLOW_CHECK=0 -sEXPORTED_FUNCTIONS=_py_wasm_run,_py_wasm_stop,_py_wasm_lines,_py_wasm_heap_used,_malloc,_free \
            -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString -sINCOMING_MODULE_JS_API=print,printErr,instantiateWasm,casHost \
            -sDYNAMIC_EXECUTION=0 -sTEXTDECODER=2 --js-library python/tools/wasm_clock.js $(PYEMEXTRA)
$(BUILD)/wasm/pyobj/%.o: %.c $(HDRS) $(PY_HDRS) $(CJSON)/cJSON.h | $(BUILD)/.setup-apt $(NUM_DEPS)
	@mkdir -p $(dir $@)
	$(EMCC) -std=gnu11 -D_GNU_SOURCE -Oz $(PYWASM_FEATURES) $(PYWASM_CFLAGS) $(WASM_INC) $(PY_INC) $(PYCORE_DEFS) -c $< -o $@
# PYWASM_OPT: wasm-opt -Oz once more on the linked module.  emcc's own
# -Oz runs before Asyncify instruments PY_SUSPEND and before its meta-DCE
# drops what the JS does not use; this pass, after both, takes 1.4 KB gzip
# more.  (binaryen comes with Debian's emscripten; the flags are emcc's.)
WASM_OPT ?= wasm-opt
PYWASM_OPT := $(WASM_OPT) --mvp-features --enable-bulk-memory --low-memory-unused --zero-filled-memory -Oz
$(BUILD)/wasm/python.mjs: $(PYWASM_OBJ) $(TOMMATH_OBJ_wasm) python/tools/wasm_clock.js python/python.mk Makefile | $(BUILD)/.setup-apt
	$(EMCC) $(PYWASM_FLAGS) $(PYWASM_CFLAGS) $(PYWASM_OBJ) $(TOMMATH_OBJ_wasm) -o $@
	$(PYWASM_OPT) $(BUILD)/wasm/python.wasm -o $(BUILD)/wasm/python.wasm
	@echo "python.wasm: $$(stat -c %s $(BUILD)/wasm/python.wasm) bytes, $$(gzip -9c $(BUILD)/wasm/python.wasm | wc -c) gzip"
.PHONY: pywasm
pywasm: $(BUILD)/wasm/python.mjs $(PYLIB_FILES)
wasm: $(BUILD)/wasm/python.mjs $(PYLIB_FILES)
# build/wasm/check/: the same module with Asyncify's assertions (a trap when
# a function outside PY_SUSPEND is on the stack at a suspend) and function
# names, in a copy of dist/ (web/casyncio.js beside it) for
# tests/python/wasm-suspend.test.mjs.
$(BUILD)/wasm/check/python.mjs: $(PYWASM_OBJ) $(TOMMATH_OBJ_wasm) python/tools/wasm_clock.js python/python.mk Makefile | $(BUILD)/.setup-apt
	@mkdir -p $(dir $@)
	$(EMCC) $(PYWASM_FLAGS) -sBINARYEN_EXTRA_PASSES=--pass-arg=asyncify-asserts --profiling-funcs $(PYWASM_CFLAGS) $(PYWASM_OBJ) $(TOMMATH_OBJ_wasm) -o $@
	$(PYWASM_OPT) -g $(BUILD)/wasm/check/python.wasm -o $(BUILD)/wasm/check/python.wasm
.PHONY: pywasm-check
pywasm-check: $(BUILD)/wasm/check/python.mjs
# `make pywasm-size [SIZE_ARGS=...]`: what python.wasm's gzip bytes are made
# of, per area, source file, function and data symbol
# (python/tools/wasm_size.py).  build/wasm/size/ is `make pywasm`'s module
# with function names and wasm-ld's map of where each piece came from.
$(BUILD)/wasm/size/python.wasm: $(PYWASM_OBJ) $(TOMMATH_OBJ_wasm) python/python.mk Makefile | $(BUILD)/.setup-apt
	@mkdir -p $(dir $@)
	$(EMCC) $(PYWASM_FLAGS) --profiling-funcs -Wl,--print-map $(PYWASM_CFLAGS) $(PYWASM_OBJ) $(TOMMATH_OBJ_wasm) \
	  -o $(BUILD)/wasm/size/python.mjs > $(BUILD)/wasm/size/python.map
	$(PYWASM_OPT) -g $@ -o $@
.PHONY: pywasm-size
pywasm-size: $(BUILD)/wasm/size/python.wasm
	python3 python/tools/wasm_size.py $< $(BUILD)/wasm/size/python.map $(SIZE_ARGS)
test-python: $(BUILD)/wasm/check/python.mjs
# `make pywasm-stack`: python/tools/wasm_stack.py proves that every
# recursion in python.wasm's C code asks py__stack_low() (python/cstack.h)
# and that PY_STACK_MARGIN covers the calls between two questions, from the
# sources' LLVM IR (build/wasm/stack/, clang -O0 then opt -mem2reg: one
# definition per value) and the frames of build/wasm/check/'s module (which
# has the function names).  LLVM's opt comes with Debian's emscripten.
LLVM_OPT ?= /usr/lib/llvm-14/bin/opt
PYSTACK_IR := $(patsubst %.c,$(BUILD)/wasm/stack/%.ll,$(PYWASM_SRC)) $(BUILD)/wasm/stack/tommath.ll
$(BUILD)/wasm/stack/%.ll: %.c $(HDRS) $(PY_HDRS) $(CJSON)/cJSON.h | $(BUILD)/.setup-apt $(NUM_DEPS)
	@mkdir -p $(dir $@)
	$(EMCC) -std=gnu11 -D_GNU_SOURCE -O0 -Xclang -disable-O0-optnone -S -emit-llvm -w $(PYWASM_CFLAGS) $(WASM_INC) $(PY_INC) \
	  $(PYCORE_DEFS) $< -o $@.raw
	$(LLVM_OPT) -S -mem2reg $@.raw -o $@ && rm $@.raw
$(BUILD)/wasm/stack/python/tools/wasm_rem_pio2.ll: PYWASM_CFLAGS += -I$(EM_MUSL)/src/internal -I$(EM_MUSL)/arch/generic
$(BUILD)/wasm/stack/python/tools/wasm_pow.ll $(BUILD)/wasm/stack/python/tools/wasm_pow_data.ll $(BUILD)/wasm/stack/python/tools/wasm_log.ll: PYWASM_CFLAGS += -I$(EM_MUSL)/src/internal -I$(EM_MUSL)/arch/generic
$(BUILD)/wasm/stack/runtime/platform/wasm.ll: PYWASM_CFLAGS += -DCAS_STACK_BY_PROGRAM
$(BUILD)/wasm/stack/tommath.ll: $(TOMMATH)/tommath_all.c | $(BUILD)/.setup-apt $(NUM_DEPS)
	@mkdir -p $(dir $@)
	$(EMCC) -std=c99 -O0 -Xclang -disable-O0-optnone -S -emit-llvm -w $(TOMMATH_DEFS) -I$(TOMMATH) $< -o $@.raw
	$(LLVM_OPT) -S -mem2reg $@.raw -o $@ && rm $@.raw
.PHONY: pywasm-stack
pywasm-stack: $(BUILD)/wasm/check/python.mjs $(PYSTACK_IR)
	python3 python/tools/wasm_stack.py $(BUILD)/wasm/check/python.wasm $(BUILD)/wasm/stack
test-python: pywasm-stack
# python/tools/wasm_libc.c's functions against the C library's, natively
# (glibc) and in wasm (musl): tests/python/wasm_libc.test.mjs runs both.
WASM_LIBC_TEST_DEPS := tests/python/wasm_libc_test.c python/tools/wasm_libc.c
$(BUILD)/native/wasm_libc_test: $(WASM_LIBC_TEST_DEPS) $(TOMMATH_OBJ_native)
	$(CC) $(CSTD) $(WARN) $(OPT) -I$(TOMMATH) $< $(TOMMATH_OBJ_native) -lm -o $@
$(BUILD)/wasm/wasm_libc_test.cjs: $(WASM_LIBC_TEST_DEPS) $(TOMMATH_OBJ_wasm)
	$(EMCC) -std=gnu11 -D_GNU_SOURCE -O2 -I$(TOMMATH) -sENVIRONMENT=node -sSINGLE_FILE -sALLOW_MEMORY_GROWTH $< $(TOMMATH_OBJ_wasm) -o $@
test-python: $(BUILD)/native/wasm_libc_test $(BUILD)/wasm/wasm_libc_test.cjs
# python/strftime.c against glibc's strftime (tests/python/time.test.mjs runs it under several TZ).
$(BUILD)/native/strftime_test: tests/python/strftime_test.c python/strftime.c python/strftime.h
	$(CC) $(CSTD) $(WARN) $(OPT) $< -o $@
test-python: $(BUILD)/native/strftime_test
