# counting finished workers in a module-level counter, forgot the global statement
import asyncio

finished = 0

async def worker(n):
    await asyncio.sleep(0.01 * n)
    finished += 1
    return n

async def do_something():
    results = await asyncio.gather(worker(1), worker(2))
    print(results, finished)

asyncio.run(do_something())
