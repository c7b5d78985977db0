# a context manager that skips the body when disabled, by returning early
from contextlib import contextmanager

@contextmanager
def maybe(enabled):
    if not enabled:
        return
    print("enter")
    yield
    print("exit")

with maybe(True):
    print("body 1")
with maybe(False):
    print("body 2")
