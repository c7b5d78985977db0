# Using a TaskGroup after its async with block has ended
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(2))
    print("results:", t1.result(), t2.result())
    print(repr(tg))
    tg.create_task(job(3))

asyncio.run(main())
