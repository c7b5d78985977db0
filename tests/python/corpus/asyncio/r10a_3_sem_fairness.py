import asyncio

async def worker(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0)

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    tasks = [asyncio.create_task(worker(sem, f'w{i}', log)) for i in range(6)]
    await asyncio.sleep(0)
    print(log, sem._value, len(sem._waiters or []))
    await asyncio.gather(*tasks)
    print(log)
    # release then acquire in the same step: a waiter must not be starved
    sem2 = asyncio.Semaphore(1)
    await sem2.acquire()
    order = []
    async def grab(n):
        await sem2.acquire()
        order.append(n)
    t1 = asyncio.create_task(grab(1))
    await asyncio.sleep(0)
    sem2.release()
    print('locked right after release:', sem2.locked())
    t2 = asyncio.create_task(grab(2))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order, sem2.locked())
    sem2.release()
    await asyncio.gather(t1, t2)
    print(order)

asyncio.run(main())
