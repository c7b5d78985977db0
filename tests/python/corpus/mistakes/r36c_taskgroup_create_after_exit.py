# adding a late task to the TaskGroup after the async with block finished
import asyncio

async def work(n):
    await asyncio.sleep(0.01 * n)
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1))
        t2 = tg.create_task(work(2))
    print(t1.result(), t2.result())
    t3 = tg.create_task(work(3))
    print(await t3)

asyncio.run(main())
