# TaskGroup with two failing workers and no except - let it crash
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n > 1:
        raise ArithmeticError(f'bad number {n}')
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2, 3):
            tg.create_task(worker(n))
    print('not reached')

asyncio.run(main())
