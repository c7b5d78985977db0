# A decorator wrapper that calls the decorated function again.
deepest = 0

import functools

def traced(func):
    @functools.wraps(func)
    def wrapper(n):
        return func(n)
    return wrapper

@traced
def down(n):
    global deepest
    deepest = n
    return down(n + 1)

try:
    down(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
