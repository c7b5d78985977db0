# contextlib: nullcontext, redirect_stdout into StringIO, closing, ContextDecorator, chdir absent check
import contextlib, io, sys

def maybe_lock(lock=None):
    return lock if lock is not None else contextlib.nullcontext("no lock")
with maybe_lock() as v:
    print("value:", v)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    help_text = "captured line 2"
    print(help_text)
print("buffer:", buf.getvalue().splitlines())

with contextlib.redirect_stderr(sys.stdout):
    print("to stderr, really stdout", file=sys.stderr)

class Closer:
    def close(self):
        print("closed!")
with contextlib.closing(Closer()) as c:
    print("using", type(c).__name__)

class announce(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

@announce()
def task(x):
    return 10 / x
print(task(2))
task(0)
