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
PYFRONT_SRC := python/ast.c python/tokenize.c python/parse.c python/check.c
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

# ---- back end: objects, compiler, evaluator, builtins, modules, CLI -------

# ---- tests ---------------------------------------------------------------
# Every tests/python/*.test.mjs (the fidelity corpus, corpus.test.mjs, and the
# other parts' tests).  The corpus's interpreter tests are todo until their
# runner is built and the program is listed in tests/python/corpus/PASSING.
.PHONY: test-python
test-python: pyfront
	node --test --test-concurrency=1 tests/python/*.test.mjs
	PYAST=$(BUILD)/san/pyast node --test tests/python/parser.test.mjs
