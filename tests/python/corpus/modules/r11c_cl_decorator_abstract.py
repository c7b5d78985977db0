import asyncio
from contextlib import (contextmanager, asynccontextmanager, ContextDecorator, AbstractContextManager,
                        AbstractAsyncContextManager, suppress, nullcontext, ExitStack)

@contextmanager
def traced(label):
    """Print around a block."""
    print(f"enter {label}")
    try:
        yield label
    finally:
        print(f"exit {label}")

@traced("job")
def job(n):
    print("working", n)
    return n * 2

print(job(1), job(2), job.__name__)
print(traced("x").__doc__, type(traced("y")).__name__)

class timer(ContextDecorator):
    __enter__ = lambda self: print("start")
    def __exit__(self, *exc):
        print("stop", exc[0].__name__ if exc[0] else None)

@timer()
def risky(x):
    return 10 / x
print(risky(5))
try:
    risky(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

class Res(AbstractContextManager):
    def __exit__(self, *exc):
        print("released")
with Res() as r:
    print(type(r).__name__)
Plain = type("Plain", (), {"__enter__": lambda self: self, "__exit__": lambda self, *a: None})
print(isinstance(Plain(), AbstractContextManager), isinstance(3, AbstractContextManager))
print(issubclass(ExitStack, AbstractContextManager), isinstance(suppress(), AbstractContextManager), isinstance(nullcontext(), AbstractAsyncContextManager))
try:
    type("Half", (AbstractContextManager,), {})()
except TypeError as e:
    print("TypeError:", e)

@asynccontextmanager
async def session(name):
    print("open", name)
    yield name
    print("close", name)

@session("db")
async def query(q):
    await asyncio.sleep(0.01)
    return q.upper()
print(asyncio.run(query("select")))
