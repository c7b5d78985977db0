# test_locks: a Semaphore released while waiters queue serves them in order; a newcomer does not cut in
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    order = []
    async def use(name):
        async with sem:
            order.append(name)
            await asyncio.sleep(0)
    await sem.acquire()
    ts = [asyncio.create_task(use(n)) for n in ('first', 'second')]
    await asyncio.sleep(0)
    sem.release()
    ts.append(asyncio.create_task(use('newcomer')))
    await asyncio.gather(*ts)
    print(order, sem.locked())

asyncio.run(main())
