# seventeen failing children in a TaskGroup: the printed group is cut off at fifteen
import asyncio

async def fail(i):
    await asyncio.sleep(0.001 * i)
    raise ValueError(f'child {i}')

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(17):
            tg.create_task(fail(i))

asyncio.run(main())
