# Custom awaitables: __await__, types.coroutine, and inspect helpers
import asyncio
import inspect
import types
from collections.abc import Awaitable, Coroutine

class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            print("countdown", i)
            yield from asyncio.sleep(0.01).__await__()
        return "liftoff"

@types.coroutine
def legacy_sleep():
    yield
    return "legacy done"

async def main():
    print(await Countdown(3))
    print(await legacy_sleep())
    c = asyncio.sleep(0)
    print(isinstance(c, Coroutine), isinstance(Countdown(1), Awaitable), inspect.isawaitable(Countdown(1)))
    print(inspect.getcoroutinestate(c))
    await c
    print(inspect.getcoroutinestate(c))
    print(inspect.iscoroutinefunction(main), inspect.iscoroutinefunction(legacy_sleep))
    t = asyncio.ensure_future(Countdown(1))
    print(type(t).__name__, await t)

asyncio.run(main())
