# awaited a list of coroutines directly
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    results = await [worker(1), worker(2)]
    print(results)

asyncio.run(do_something())
