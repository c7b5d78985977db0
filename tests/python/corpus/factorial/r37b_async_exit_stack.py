# AsyncExitStack managing several "sessions" plus cleanup callbacks while the factorials run.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def session(name):
    print(f"open {name}")
    yield name
    await asyncio.sleep(0.005)
    print(f"close {name}")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(session(f"s{i}")) for i in range(3)]
        stack.callback(print, "sync callback")
        stack.push_async_callback(asyncio.sleep, 0)
        print(names, await asyncio.gather(*(factorial(n) for n in (3, 4, 5))))
    print("stack closed")


asyncio.run(main())
