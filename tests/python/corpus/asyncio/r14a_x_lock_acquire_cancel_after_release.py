# test_locks: a waiter woken by release() but cancelled before it ran passes the lock to the next waiter
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    log = []
    async def want(name):
        await lock.acquire()
        log.append(name)
        lock.release()
    a = asyncio.create_task(want('a'))
    b = asyncio.create_task(want('b'))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, a.cancelled(), b.done(), lock.locked())

asyncio.run(main())
