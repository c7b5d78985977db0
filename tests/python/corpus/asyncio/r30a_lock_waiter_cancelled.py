# A task cancelled while waiting for a Lock does not get it; the next waiter does
import asyncio

async def use(lock, name, log):
    try:
        async with lock:
            log.append(name)
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = {n: asyncio.create_task(use(lock, n, log)) for n in ["a", "b", "c"]}
    await asyncio.sleep(0.01)
    tasks["a"].cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(log, lock.locked())

asyncio.run(main())
