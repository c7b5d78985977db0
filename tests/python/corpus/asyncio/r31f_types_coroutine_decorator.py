# A generator-based awaitable with @types.coroutine yielding to the loop
import asyncio
import types

@types.coroutine
def yield_now():
    yield

async def counter(name, n):
    for i in range(n):
        print(name, i)
        await yield_now()

async def main():
    await asyncio.gather(counter("x", 2), counter("y", 2))
    print(asyncio.iscoroutinefunction(yield_now), type(yield_now()).__name__)

asyncio.run(main())
