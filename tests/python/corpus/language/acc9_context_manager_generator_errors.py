# @contextmanager handling the body's exception, re-raising, and a generator that does not yield.
from contextlib import contextmanager

@contextmanager
def transaction(name):
    print("begin", name)
    try:
        yield name
    except ValueError as e:
        print("rollback", name, e)
    else:
        print("commit", name)
    finally:
        print("end", name)

with transaction("a"):
    print("work a")
with transaction("b"):
    raise ValueError("bad b")
print("after b")
try:
    with transaction("c"):
        raise KeyError("c")
except KeyError as e:
    print("KeyError escaped", e)

@contextmanager
def empty():
    if False:
        yield
try:
    with empty():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
with twice() as v:
    print("v", v)
