from contextlib import contextmanager, suppress

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"handled {e}")
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

with tag("div"):
    raise ValueError("bad value")
print("continues")

try:
    with tag("span"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", e)

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("suppressed")

@contextmanager
def broken():
    yield 1
    yield 2

try:
    with broken():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def no_yield():
    if False:
        yield

with no_yield():
    pass
