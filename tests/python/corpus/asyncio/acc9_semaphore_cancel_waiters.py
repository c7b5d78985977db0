# Semaphore(1): waiters cancelled before and after release; the value and locked() at each step.
import asyncio

async def worker(sem, name, log):
    try:
        async with sem:
            log.append(f'{name} in')
            await asyncio.sleep(0)
        log.append(f'{name} out')
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    ts = {n: asyncio.create_task(worker(sem, n, log)) for n in 'WXYZ'}
    await asyncio.sleep(0)
    print('locked:', sem.locked(), 'value:', sem._value)
    ts['W'].cancel()
    await asyncio.sleep(0)
    sem.release()
    ts['X'].cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print(log)
    print('locked:', sem.locked(), 'value:', sem._value)

asyncio.run(main())
