import asyncio

lock = asyncio.Lock

async def critical(n):
    async with lock:
        print("in critical section", n)

asyncio.run(critical(1))
