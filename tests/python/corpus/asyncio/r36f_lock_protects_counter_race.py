# Show a lost update when read-await-write is not under a Lock, then fix it with a Lock.
import asyncio

counter = 0

async def unsafe_inc():
    global counter
    value = counter
    await asyncio.sleep(0)
    counter = value + 1

async def safe_inc(lock):
    global counter
    async with lock:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1

async def main():
    global counter
    await asyncio.gather(*(unsafe_inc() for _ in range(50)))
    print("without lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_inc(lock) for _ in range(50)))
    print("with lock:", counter, "locked now:", lock.locked())

asyncio.run(main())
