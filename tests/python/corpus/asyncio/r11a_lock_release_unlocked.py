import asyncio


async def critical(lock):
    await lock.acquire()
    try:
        print("in critical section")
    finally:
        lock.release()
    lock.release()


async def main():
    lock = asyncio.Lock()
    await critical(lock)


asyncio.run(main())
