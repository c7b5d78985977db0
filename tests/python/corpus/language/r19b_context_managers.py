# Context manager classes and contextlib helpers
import contextlib
import io

class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False
    say = lambda self, text: print("    " * self.level + text)

with Indenter() as ind:
    ind.say("hi")
    with ind:
        ind.say("nested")
    ind.say("back")

class Suppressing:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)

with Suppressing(KeyError):
    {}["missing"]
print("after suppressed")

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  handled {e!r} inside {name}")
    finally:
        print(f"</{name}>")

with tag("b") as t, tag("i"):
    print("  body", t)
with tag("p"):
    raise ValueError("oops")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line", 42)
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
with Suppressing(KeyError):
    [][1]
