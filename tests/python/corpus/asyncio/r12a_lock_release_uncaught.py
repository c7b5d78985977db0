# test_locks: releasing a lock twice, uncaught
import asyncio

async def critical(lock):
    async with lock:
        await asyncio.sleep(0.01)
        print("work done")
    lock.release()

async def main():
    lock = asyncio.Lock()
    await critical(lock)

asyncio.run(main())
