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

# ---- numbers: big integers (libtommath), float repr, formatting ----------

# ---- back end: objects, compiler, evaluator, builtins, modules, CLI -------

# ---- tests ---------------------------------------------------------------
# Every tests/python/*.test.mjs (the fidelity corpus, corpus.test.mjs, and the
# other parts' tests).  The corpus's interpreter tests are todo until their
# runner is built and the program is listed in tests/python/corpus/PASSING.
.PHONY: test-python
test-python:
	node --test --test-concurrency=1 tests/python/*.test.mjs
