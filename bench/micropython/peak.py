# Prepended (after prelude.py) to bench/python/sleepers*.py under MicroPython:
# when the program prints "peak" (all its tasks asleep), also print the GC
# heap's bytes in use, as casyncio's memory.mjs reads its allocator there.
# Nothing was collected since the program began: with the lean build's
# split heap, MicroPython collects only when JS calls into Python, and the
# whole program up to "peak" runs in one such call; the garbage counted
# is what creating the tasks left (the list's earlier, smaller arrays).
import gc as _gc

_print = print


def print(*args, **kw):
    kw.pop("flush", None)
    _print(*args, **kw)
    if args == ("peak",):
        _print("RESULT heap_bytes=%d" % _gc.mem_alloc())
