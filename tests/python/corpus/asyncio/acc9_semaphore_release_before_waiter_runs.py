# Semaphore: releases before the woken waiters run, then a newcomer: who gets in and in what order.
import asyncio

async def worker(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0)

async def main():
    sem = asyncio.Semaphore(0)
    log = []
    tasks = [asyncio.create_task(worker(sem, n, log)) for n in 'abc']
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    late = asyncio.create_task(worker(sem, 'late', log))
    await asyncio.sleep(0)
    print('value:', sem._value, 'log:', log)
    sem.release()
    await asyncio.gather(*tasks, late)
    print(log, sem._value, sem.locked())

asyncio.run(main())
