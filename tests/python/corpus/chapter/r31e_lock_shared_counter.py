# a shared counter updated by workers, with and without a Lock around read-sleep-write
import asyncio

counter = 0

async def unsafe():
    global counter
    v = counter
    await asyncio.sleep(0.01)
    counter = v + 1

async def safe(lock):
    global counter
    async with lock:
        v = counter
        await asyncio.sleep(0.01)
        counter = v + 1

async def main():
    global counter
    await asyncio.gather(*(unsafe() for _ in range(5)))
    print('without lock:', counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe(lock) for _ in range(5)))
    print('with lock:', counter, 'locked now?', lock.locked())

asyncio.run(main())
