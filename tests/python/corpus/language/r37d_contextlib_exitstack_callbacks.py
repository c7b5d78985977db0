# Cleanup order with ExitStack: callbacks, pop_all, nested managers and an exception suppressed midway.
from contextlib import ExitStack, contextmanager, suppress, nullcontext, redirect_stdout
import io

@contextmanager
def resource(name):
    print(f"open {name}")
    try:
        yield name.upper()
    finally:
        print(f"close {name}")

with ExitStack() as stack:
    handles = [stack.enter_context(resource(n)) for n in "abc"]
    stack.callback(print, "callback with", "args")
    print("using", handles)
print("---")
with ExitStack() as outer:
    outer.enter_context(resource("x"))
    saved = outer.pop_all()
print("x still open")
saved.close()
with suppress(ZeroDivisionError, KeyError):
    with resource("y"):
        1 / 0
print("after suppress")
with nullcontext(42) as v:
    print("nullcontext gave", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print("captured:", buf.getvalue().strip())
with ExitStack() as stack:
    stack.push(lambda *exc: print("exit saw", exc[0].__name__) or True)
    raise RuntimeError("boom")
print("survived")
with resource("z"):
    {}["missing"]
