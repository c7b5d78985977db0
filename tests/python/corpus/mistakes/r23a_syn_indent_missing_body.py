import asyncio

async def worker(n):
await asyncio.sleep(0)
    print("worker", n)

asyncio.run(worker(1))
