# Computing a semaphore size from a setting that can go negative
import asyncio

async def main():
    max_parallel = 3 - 5
    sem = asyncio.Semaphore(max_parallel)
    async with sem:
        print("inside")

asyncio.run(main())
