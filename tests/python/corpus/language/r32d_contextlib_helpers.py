# contextlib: contextmanager timing a block, suppress, redirect_stdout, ExitStack, nullcontext
import contextlib
import io


@contextlib.contextmanager
def section(title):
    print(f"== {title} ==")
    try:
        yield title.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"== end {title} ==")


with section("intro") as t:
    print("inside", t)
with section("bad"):
    raise ValueError("oops")
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("after suppress")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(section(n))
    stack.callback(print, "callback runs first")
with contextlib.nullcontext(5) as v:
    print(v)
with section("fatal"):
    raise KeyError("nope")
