# Mistake: awaiting a Lock object instead of using async with (or await lock.acquire()).
import asyncio

counter = 0

async def add(lock):
    global counter
    await lock
    counter += 1
    lock.release()

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(add(lock), add(lock))
    print(counter)

asyncio.run(main())
