# The classic race on a shared counter, fixed with asyncio.Lock
import asyncio

counter = 0

async def unsafe_increment():
    global counter
    value = counter
    await asyncio.sleep(0)
    counter = value + 1

async def safe_increment(lock):
    global counter
    async with lock:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1

async def main():
    global counter
    await asyncio.gather(*(unsafe_increment() for _ in range(100)))
    print("without lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_increment(lock) for _ in range(100)))
    print("with lock:", counter)
    print("locked now:", lock.locked())
    print(repr(lock).split(" at ")[0], repr(lock).split()[-1])

asyncio.run(main())
