# An error inside a with block of a @contextmanager: its finally runs first
from contextlib import contextmanager
@contextmanager
def step(name):
    print("start", name)
    try:
        yield
    finally:
        print("end", name)
with step("a"):
    raise ValueError("inside")
