# Mistake: async generator return value.
# (A learner's program as written, to compare with CPython 3.11.)
async def f():
    yield 1
    return 2
