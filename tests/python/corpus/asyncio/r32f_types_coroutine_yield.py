# types.coroutine: a generator-based awaitable that yields None to let other tasks run
import asyncio
import types

@types.coroutine
def switch():
    yield

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await switch()

async def main():
    await asyncio.gather(worker("A", 3), worker("B", 2))
    print(asyncio.iscoroutinefunction(switch))
    c = switch()
    print(type(c).__name__)
    c.close()

asyncio.run(main())
