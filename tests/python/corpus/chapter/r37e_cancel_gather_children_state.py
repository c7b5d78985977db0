# cancelled the gather itself and looked at each child task afterwards
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(n / 10)
        return n
    except asyncio.CancelledError:
        print(f'worker {n}: cancelled')
        raise

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (1, 3, 5)]
    group = asyncio.gather(*tasks)
    await asyncio.sleep(0.2)
    print('cancel gather ->', group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print('gather cancelled:', group.cancelled())
    print([(t.done(), t.cancelled()) for t in tasks])
    print(tasks[0].result())

asyncio.run(main())
