# an old-style generator coroutine with types.coroutine mixed with async def
import asyncio
import types

@types.coroutine
def old_style_worker(n):
    yield from asyncio.sleep(0.01)
    return n * 10

async def new_style_worker(n):
    await asyncio.sleep(0.01)
    return n + 1

async def main():
    print(await old_style_worker(3))
    print(await asyncio.gather(old_style_worker(1), new_style_worker(1)))
    print(type(old_style_worker(0)).__name__)

asyncio.run(main())
