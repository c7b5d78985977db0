# continue inside a with block of a function, not in a loop.
import contextlib

def process(item):
    with contextlib.suppress(ValueError):
        if item < 0:
            continue
        print(int(item))

process(3)
