# old-style generator coroutine with types.coroutine mixed with async def
import asyncio
import types

@types.coroutine
def old_style(n):
    yield from asyncio.sleep(0.01)
    return n * 3

async def new_style(n):
    return await old_style(n) + 1

async def do_something():
    print(await new_style(4))
    print(await asyncio.gather(old_style(1), new_style(2)))
    print(asyncio.iscoroutinefunction(old_style), asyncio.iscoroutinefunction(new_style))

asyncio.run(do_something())
