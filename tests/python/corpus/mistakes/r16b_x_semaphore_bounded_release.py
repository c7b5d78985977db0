# A BoundedSemaphore released more times than acquired
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        print("value inside:", sem._value)
    sem.release()

asyncio.run(main())
