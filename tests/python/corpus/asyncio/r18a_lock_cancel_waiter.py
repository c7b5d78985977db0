# a Lock waiter cancelled while queued does not take the lock; FIFO for the rest
import asyncio

async def holder(lock, name, log, d):
    try:
        async with lock:
            log.append(name)
            await asyncio.sleep(d)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise

async def main():
    lock = asyncio.Lock()
    log = []
    a = asyncio.create_task(holder(lock, 'A', log, 0.05))
    await asyncio.sleep(0)
    waiters = [asyncio.create_task(holder(lock, n, log, 0.01)) for n in 'BCD']
    await asyncio.sleep(0.01)
    print('waiters queued:', len(lock._waiters))
    waiters[1].cancel()
    await asyncio.gather(a, *waiters, return_exceptions=True)
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    await lock.acquire()
    print('locked:', lock.locked())
    lock.release()

asyncio.run(main())
