# Shared counter with a lock versus without, with an await between read and write.
import asyncio

counter = 0


async def incr(lock):
    global counter
    for _ in range(5):
        if lock:
            async with lock:
                v = counter
                await asyncio.sleep(0)
                counter = v + 1
        else:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1


async def main():
    global counter
    await asyncio.gather(*(incr(None) for _ in range(4)))
    print('without lock:', counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(incr(lock) for _ in range(4)))
    print('with lock:', counter)


asyncio.run(main())
