# A waiter cancelled while queued for a Lock does not take it.
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.05)

async def waiter(lock, name, log):
    async with lock:
        log.append(name)

async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, 'w1', log))
    w2 = asyncio.create_task(waiter(lock, 'w2', log))
    await asyncio.sleep(0.01)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print(log, w1.cancelled(), lock.locked())

asyncio.run(main())
# (end of the program)
