# Prepended (after prelude.py) to bench/python/sleepers*.py under MicroPython:
# when the program prints "peak" (all its tasks asleep), also print the GC
# heap's bytes in use, as casyncio's memory.mjs reads its allocator there.
# No collection runs first (gc.collect() here, inside a JS timer's call,
# would fail: see run.mjs; the 256 MB heap never fills), so the garbage
# that creating the tasks left is counted too (the list's earlier, smaller
# arrays: a few bytes per task).
import gc as _gc

_print = print


def print(*args, **kw):
    kw.pop("flush", None)
    _print(*args, **kw)
    if args == ("peak",):
        _print("RESULT heap_bytes=%d" % _gc.mem_alloc())
