import asyncio


async def main():
    lock = asyncio.Lock()
    lock.acquire()
    print("locked?", lock.locked())
    async with lock:
        print("inside:", lock.locked())
    print("after:", lock.locked())


asyncio.run(main())
