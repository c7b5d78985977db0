# A lambda as the done callback.
import asyncio

async def worker(x):
    await asyncio.sleep(0.1 * x)
    return x * x

async def main():
    tasks = []
    for i in range(1, 4):
        t = asyncio.create_task(worker(i))
        t.add_done_callback(lambda t, i=i: print(f'task {i} -> {t.result()}'))
        tasks.append(t)
    for t in tasks:
        await t
    print('all done')

asyncio.run(main())
