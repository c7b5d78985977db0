# A task cancelled while waiting for a Lock does not get the lock; the next waiter does
import asyncio

async def want(lock, name, log):
    try:
        async with lock:
            log.append(name)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    a = asyncio.create_task(want(lock, "a", log))
    b = asyncio.create_task(want(lock, "b", log))
    await asyncio.sleep(0.01)
    a.cancel()
    await asyncio.sleep(0.01)
    lock.release()
    await asyncio.gather(a, b, return_exceptions=True)
    print(log, lock.locked())

asyncio.run(main())
