# wait_for(lock.acquire(), t) timing out leaves the lock with its owner and no stray waiter
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    for t in (0, 0.1):
        try:
            await asyncio.wait_for(lock.acquire(), t)
        except TimeoutError:
            print('timed out after', t, 'locked', lock.locked())
    lock.release()
    print('released, locked', lock.locked())
    print(await asyncio.wait_for(lock.acquire(), 0.1), lock.locked())

asyncio.run(main())
