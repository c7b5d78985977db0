import asyncio

async def step(i):
    await asyncio.sleep(0.01 * i)
    return i

async def do_something():
    n = 5
    tasks = [asyncio.create_task(step(i)) for i in range(1, n + 1)]
    for done, fut in enumerate(asyncio.as_completed(tasks), 1):
        await fut
        print(f'\rprogress: {done / n:4.0%}', end='', flush=True)
    print()
    print('finished', end='')

asyncio.run(do_something())
