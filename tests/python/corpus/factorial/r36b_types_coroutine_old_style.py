# An old-tutorial generator-based coroutine with @types.coroutine, awaited from async code.
import asyncio
import types


@types.coroutine
def pause():
    yield


@types.coroutine
def old_factorial(n):
    r = 1
    for i in range(2, n + 1):
        yield from asyncio.sleep(0.01).__await__()
        r *= i
    return r


async def main():
    await pause()
    print("old style:", await old_factorial(5))
    print(types.CoroutineType, asyncio.iscoroutinefunction(old_factorial))
    print(await asyncio.gather(old_factorial(3), old_factorial(4)))


asyncio.run(main())
