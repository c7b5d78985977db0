# contextlib extras: a contextmanager used as a decorator, ExitStack.pop_all, redirect_stderr, AsyncExitStack
import asyncio
import contextlib
import io
import sys


@contextlib.contextmanager
def section(title):
    print(f"== {title} ==")
    yield
    print(f"== end {title} ==")


@section("decorated")
def work(n):
    print("working", n)


work(1)
work(2)
with contextlib.ExitStack() as outer:
    outer.callback(print, "outer cleanup")
    with contextlib.ExitStack() as inner:
        inner.callback(print, "moved cleanup")
        moved = inner.pop_all()
    print("inner block done")
moved.close()
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to captured stderr", file=sys.stderr)
print("captured:", err.getvalue().strip())


@contextlib.asynccontextmanager
async def resource(name):
    print("acquire", name)
    yield name.upper()
    print("release", name)


async def main():
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n)) for n in "xy"]
        stack.push_async_callback(asyncio.sleep, 0)
        print(names)


asyncio.run(main())
with section("broken"):
    raise OSError("disk gone")
