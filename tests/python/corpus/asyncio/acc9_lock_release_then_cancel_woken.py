# After release() wakes the first waiter, that waiter is cancelled before it runs: the next waiter gets the lock.
import asyncio

async def user(lock, name, log):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise
    log.append(name + ' acquired')
    await asyncio.sleep(0.01)
    lock.release()
    log.append(name + ' released')

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    a = asyncio.create_task(user(lock, 'A', log))
    b = asyncio.create_task(user(lock, 'B', log))
    c = asyncio.create_task(user(lock, 'C', log))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print('\n'.join(log))
    print('a cancelled:', a.cancelled(), 'locked at end:', lock.locked())

asyncio.run(main())
