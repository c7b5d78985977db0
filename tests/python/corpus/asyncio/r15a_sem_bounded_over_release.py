# BoundedSemaphore refuses a release too many: the uncaught ValueError
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("inside, locked:", sem.locked())
    print("outside, locked:", sem.locked())
    sem.release()

asyncio.run(main())
