# Tasks append to a shared log under an asyncio.Lock
import asyncio

log = []
lock = None

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    async with lock:
        log.append(f'{n}!={f}')
        await asyncio.sleep(0.01)
    return f

async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6]))
    print(' '.join(log))
    print(lock.locked())

asyncio.run(main())
