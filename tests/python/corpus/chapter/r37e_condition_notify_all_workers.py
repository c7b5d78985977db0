# workers wait on a Condition until main says go, then each reports in turn
import asyncio

async def worker(name, cond, results):
    async with cond:
        print(name, 'waiting for go')
        await cond.wait()
        results.append(name)
        print(name, 'got go')

async def main():
    cond = asyncio.Condition()
    results = []
    tasks = [asyncio.create_task(worker(n, cond, results)) for n in ('A', 'B', 'C')]
    await asyncio.sleep(0.05)
    async with cond:
        print('main: notify_all')
        cond.notify_all()
    await asyncio.gather(*tasks)
    print('order:', results)

asyncio.run(main())
