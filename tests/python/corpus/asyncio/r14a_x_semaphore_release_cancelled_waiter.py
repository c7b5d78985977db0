# test_locks: Semaphore(0) released twice while its first waiter is cancelled: the next waiters get the values
import asyncio
async def main():
    sem = asyncio.Semaphore(0)
    log = []
    async def w(name):
        try:
            await sem.acquire()
            log.append(name)
        except asyncio.CancelledError:
            log.append(name + ' cancelled')
            raise
    ts = {n: asyncio.create_task(w(n)) for n in 'abcd'}
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    ts['a'].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, sem._value, sem.locked())
    sem.release()
    await asyncio.sleep(0)
    print(log, sem._value)
    for t in ts.values(): t.cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print(log, sem._value)
asyncio.run(main())
