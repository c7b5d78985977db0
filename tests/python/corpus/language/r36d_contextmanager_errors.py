# Generator-based context managers: handling, re-raising and misbehaving.
from contextlib import contextmanager, nullcontext, closing

@contextmanager
def transaction(name):
    print(f"BEGIN {name}")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"ROLLBACK {name}: {e}")
    else:
        print(f"COMMIT {name}")
    finally:
        print(f"END {name}")

with transaction("a") as t:
    print("inside", t)
with transaction("b"):
    raise ValueError("bad row")
try:
    with transaction("c"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e))

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice() as v:
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def never():
    if False:
        yield

try:
    with never():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

class Res:
    def close(self): print("res closed")

with closing(Res()) as r, nullcontext(42) as n:
    print(type(r).__name__, n)
with transaction("d"):
    raise TypeError("unhandled")
