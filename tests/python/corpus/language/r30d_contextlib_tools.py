# contextlib: contextmanager with cleanup on error, suppress, redirect_stdout, ExitStack, closing
import contextlib
import io


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("div") as t, tag("p"):
    print("  body", t)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("after suppress")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print("got", repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback ran")
    print(names)


class Res:
    def close(self):
        print("closed Res")


with contextlib.closing(Res()):
    pass
with contextlib.nullcontext(5) as v:
    print(v)
with tag("oops"):
    raise RuntimeError("inside tag")
