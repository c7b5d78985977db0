# Lock: waiters get it first come, first served; release() of an unlocked lock is an error.
import asyncio

async def use(name, lock, log):
    log.append(f'{name} waits')
    async with lock:
        log.append(f'{name} holds it')
        await asyncio.sleep(0.01)
    log.append(f'{name} released')

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(use(n, lock, log)) for n in 'xyz']
    await asyncio.sleep(0.05)
    print('main holds it; locked:', lock.locked())
    lock.release()
    await asyncio.gather(*tasks)
    print('\n'.join(log))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    cancelled = asyncio.create_task(use('cancelled', lock, log))
    async with lock:
        await asyncio.sleep(0)
        cancelled.cancel()
    await asyncio.sleep(0)
    print('after a cancelled waiter, locked:', lock.locked(), cancelled.cancelled())

asyncio.run(main())
