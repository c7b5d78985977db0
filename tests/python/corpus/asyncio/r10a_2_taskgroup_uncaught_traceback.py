import asyncio

async def step(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(f'step {n} failed')
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(4):
            tg.create_task(step(n))

asyncio.run(main())
