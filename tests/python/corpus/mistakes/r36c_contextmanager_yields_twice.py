# a context manager that yields once for setup and once more in the finally
from contextlib import contextmanager

@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)
        yield None

with opened("log") as f:
    print("writing to", f)
print("done")
