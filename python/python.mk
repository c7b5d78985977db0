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
PYFRONT_SRC := python/ast.c python/tokenize.c python/parse.c
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
	$(CC) $(CSTD) $(WARN) $(OPT) $(PY_INC) $< $(PYFRONT_NATIVE_OBJ) -o $@
$(BUILD)/san/pyast: python/tools/pyast.c $(PYFRONT_SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS) $(PY_INC) $< $(PYFRONT_SAN_OBJ) -o $@
.PHONY: pyfront test-pyfront
pyfront: $(BUILD)/native/pyast $(BUILD)/san/pyast
# The front end's tests: the dump and the errors, compared with python3.
test-pyfront: pyfront
	node --test tests/python/parser.test.mjs

# ---- numbers: big integers (libtommath), float repr, formatting ----------

# ---- back end: objects, compiler, evaluator, builtins, modules, CLI -------
# build/native/casyncio-python runs a program as python3 does; build/san/
# casyncio-python is the same under ASan and UBSan (the tests' refcount net).
# num.h's layer is used when python/num.c is present (PY_HAVE_NUM).
PYCORE_SRC := $(filter-out $(PYFRONT_SRC) python/num%.c,$(PY_SRC))
PYNUM_SRC := $(filter python/num%.c,$(PY_SRC))
PYCORE_DEFS := $(if $(PYNUM_SRC),-DPY_HAVE_NUM -I$(BUILD)/deps/tommath)
PYCORE_NATIVE_OBJ := $(patsubst %.c,$(BUILD)/native/obj/%.o,$(PYCORE_SRC))
PYCORE_SAN_OBJ := $(patsubst %.c,$(BUILD)/san/obj/%.o,$(PYCORE_SRC))
$(PYCORE_NATIVE_OBJ): $(BUILD)/native/obj/%.o: %.c $(PY_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(PY_INC) $(PYCORE_DEFS) -c $< -o $@
$(PYCORE_SAN_OBJ): $(BUILD)/san/obj/%.o: %.c $(PY_HDRS)
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
test-python:
	node --test --test-concurrency=1 tests/python/*.test.mjs
