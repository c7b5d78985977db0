from contextlib import contextmanager, suppress, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  {name} handled KeyError {e}")
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("  inside", t)
    with tag("span"):
        print("  nested")

with tag("p"):
    {}["missing"]
print("continued")

with suppress(FileNotFoundError, KeyError):
    print("in suppress")
    raise KeyError("gone")
print("after suppress")

with nullcontext(42) as v:
    print("nullcontext gives", v)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(tag("x")).__name__)
with tag("ul"):
    raise ValueError("not handled by tag")
