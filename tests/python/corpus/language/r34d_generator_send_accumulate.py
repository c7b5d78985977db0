# A coroutine-style generator as a running statistics sink, decorated to prime itself
import functools

def primed(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start

@primed
def stats():
    n = total = 0
    lo = hi = None
    summary = None
    while True:
        x = yield summary
        n += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
        summary = {"n": n, "mean": round(total / n, 2), "range": (lo, hi)}

s = stats()
for value in [4, 8, 15, 16, 23, 42]:
    print(s.send(value))
print(stats.__name__, type(s).__name__, s.gi_code.co_name)
s.close()
try:
    s.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
raw = stats.__wrapped__()
try:
    raw.send(5)
except TypeError as e:
    print("TypeError:", e)
