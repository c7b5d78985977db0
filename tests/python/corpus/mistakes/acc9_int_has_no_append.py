# append on an int counter meant to be a list.
import asyncio

results = 0

async def work(n):
    await asyncio.sleep(0.1)
    results.append(n)

asyncio.run(work(1))
