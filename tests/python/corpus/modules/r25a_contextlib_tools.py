from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
    with tag("p"):
        print("text")

with suppress(KeyError, ZeroDivisionError):
    print({}["missing"])
print("after suppress")
with suppress(ValueError):
    int("5")
    print("no error")

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback runs first")
    print("got", names)

with nullcontext(42) as v:
    print("null", v)

class Res:
    def close(self):
        print("closed")

with closing(Res()):
    print("using")

with tag("err"):
    raise ValueError("boom inside")
