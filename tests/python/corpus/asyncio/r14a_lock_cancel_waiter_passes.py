# test_locks: a cancelled waiter gives its turn to the next one
import asyncio

async def want(lock, name, log):
    try:
        async with lock:
            log.append(name)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    a = asyncio.create_task(want(lock, 'a', log))
    b = asyncio.create_task(want(lock, 'b', log))
    c = asyncio.create_task(want(lock, 'c', log))
    await asyncio.sleep(0)
    b.cancel()
    lock.release()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(log)
    print(a.done(), b.cancelled(), c.result(), lock.locked())

asyncio.run(main())
