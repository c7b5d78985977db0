# I wrote a bare raise in the worker outside of any except block
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise
    return n

async def do_something():
    print(await worker(1))
    print(await worker(-1))

asyncio.run(do_something())
