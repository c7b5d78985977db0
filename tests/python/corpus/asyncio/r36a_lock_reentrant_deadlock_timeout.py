# asyncio.Lock is not re-entrant: acquiring it twice in one task waits forever, so a timeout ends it
import asyncio


async def update(lock, depth):
    async with lock:
        print("depth", depth, "holds the lock")
        if depth < 1:
            await update(lock, depth + 1)


async def main():
    lock = asyncio.Lock()
    try:
        async with asyncio.timeout(0.05):
            await update(lock, 0)
    except TimeoutError:
        print("deadlock broken by timeout; locked now:", lock.locked())
    async with lock:
        print("lock usable again")


asyncio.run(main())
