# lock.acquire() called without await, then released.
import asyncio

async def main():
    lock = asyncio.Lock()
    lock.acquire()
    print(lock.locked())
    lock.release()

asyncio.run(main())
