# An error inside a with block of a contextlib.contextmanager.
import contextlib

@contextlib.contextmanager
def opened(name):
    print("open", name)
    try:
        yield {"name": name, "lines": ["a", "b"]}
    finally:
        print("close", name)

with opened("data.txt") as f:
    for i in range(3):
        print(f["lines"][i])
