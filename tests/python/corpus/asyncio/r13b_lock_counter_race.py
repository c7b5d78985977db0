import asyncio

counter = 0
lock = None

async def unsafe_increment():
    global counter
    value = counter
    await asyncio.sleep(0)
    counter = value + 1

async def safe_increment():
    global counter
    async with lock:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1

async def main():
    global counter, lock
    await asyncio.gather(*(unsafe_increment() for _ in range(50)))
    print("without lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_increment() for _ in range(50)))
    print("with lock:", counter)
    print("locked now?", lock.locked())

asyncio.run(main())
