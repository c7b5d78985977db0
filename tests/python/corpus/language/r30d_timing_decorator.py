# A timing decorator with perf_counter around time.sleep, reported as comparisons and rounded steps
import functools
import time

timings = {}


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            timings[fn.__name__] = time.perf_counter() - start
    return wrapper


@timed
def slow_add(a, b, delay=0.07):
    time.sleep(delay)
    return a + b


@timed
def quick():
    return sum(range(1000))


print(slow_add(2, 3), quick())
print(timings["slow_add"] >= 0.07, timings["slow_add"] < 0.5, timings["quick"] < 0.1)
print(f"slow_add took about {round(timings['slow_add'], 1)} s")
slow_add(1, 2, delay=0.26)
print(f"{timings['slow_add']:.1f} s")
print(sorted(timings), slow_add.__wrapped__(1, 1, delay=0))
slow_add("a", 1, delay=0.01)
