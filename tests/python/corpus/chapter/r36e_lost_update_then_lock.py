# a shared counter updated with a sleep between read and write loses updates; then with a Lock
import asyncio

counter = 0

async def bump(lock=None):
    global counter
    if lock:
        async with lock:
            value = counter
            await asyncio.sleep(0.01)
            counter = value + 1
    else:
        value = counter
        await asyncio.sleep(0.01)
        counter = value + 1

async def main():
    global counter
    await asyncio.gather(*(bump() for _ in range(10)))
    print('without lock:', counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(bump(lock) for _ in range(10)))
    print('with lock:', counter, '| locked now?', lock.locked())

asyncio.run(main())
