# Lock waiters acquire in FIFO order; locked() and a release by a non-holder
import asyncio

async def user(name, lock, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(0.05)

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(user(n, lock, log)) for n in 'DCBA']
    await asyncio.sleep(0.1)
    print('locked', lock.locked(), 'log', log)
    lock.release()
    await asyncio.gather(*tasks)
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
