# a cancelled Lock waiter is skipped; the lock goes to the next one
import asyncio

async def user(name, lock):
    try:
        async with lock:
            print(name, 'has the lock')
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, 'cancelled while waiting')
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ts = {n: asyncio.create_task(user(n, lock)) for n in ('a', 'b', 'c')}
    await asyncio.sleep(0.01)
    ts['a'].cancel()
    lock.release()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print('locked at end:', lock.locked())

asyncio.run(main())
