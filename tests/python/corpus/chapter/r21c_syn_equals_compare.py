# '=' used for comparison in an if inside the worker.
import asyncio

async def worker(n):
    if n = 2:
        await asyncio.sleep(0.1)
    return n

asyncio.run(worker(2))
