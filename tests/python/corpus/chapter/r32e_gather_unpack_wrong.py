# unpacking three gathered results into two names
import asyncio

async def worker(x):
    await asyncio.sleep(0.01)
    return x

async def do_something():
    a, b = await asyncio.gather(worker(1), worker(2), worker(3))
    print(a, b)

asyncio.run(do_something())
