# a timer context manager; I yield once to start and once to stop
from contextlib import contextmanager

@contextmanager
def section(name):
    print("start", name)
    yield
    print("stop", name)
    yield

with section("load"):
    print("loading")
print("after")
