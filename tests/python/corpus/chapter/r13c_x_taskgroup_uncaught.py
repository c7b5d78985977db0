import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n % 2 == 0:
        raise ValueError(f'even number {n}')
    return n

async def do_something():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2, 3, 4):
            tg.create_task(worker(n))
    print('never here')

asyncio.run(do_something())
