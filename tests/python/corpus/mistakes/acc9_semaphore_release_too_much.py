# A BoundedSemaphore released too often.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    sem.release()

asyncio.run(main())
