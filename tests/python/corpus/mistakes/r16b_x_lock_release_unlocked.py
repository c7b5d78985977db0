# An asyncio.Lock released without being acquired
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("inside, locked:", lock.locked())
    print("after, locked:", lock.locked())
    lock.release()

asyncio.run(main())
