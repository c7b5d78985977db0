# An @asynccontextmanager used as a decorator on a coroutine function (AsyncContextDecorator, 3.10+)
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def timed_section(name):
    print(f"[{name}] enter")
    try:
        yield
    except ZeroDivisionError:
        print(f"[{name}] swallowed ZeroDivisionError")
    finally:
        print(f"[{name}] exit")

@timed_section("compute")
async def compute(x):
    await asyncio.sleep(0.01)
    return 10 / x

async def main():
    print("result:", await compute(4))
    print("result:", await compute(0))
    print("result:", await compute(5))

asyncio.run(main())
