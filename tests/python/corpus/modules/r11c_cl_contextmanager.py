from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("content", t)

@contextmanager
def handled():
    try:
        yield
    except KeyError as e:
        print("handled KeyError", e)

with handled():
    {}["missing"]
print("after")

try:
    with tag("span"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)

with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")

class Resource:
    def close(self):
        print("closed resource")
with closing(Resource()) as r:
    print("using", type(r).__name__)
with nullcontext(42) as v:
    print(v)

@contextmanager
def broken():
    yield 1
    yield 2
try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
