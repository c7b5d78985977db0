# A semaphore made with a negative value.
import asyncio

async def main():
    limit = 2 - 3
    sem = asyncio.Semaphore(limit)
    async with sem:
        print("inside")

asyncio.run(main())
