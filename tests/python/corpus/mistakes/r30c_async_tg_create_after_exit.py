# Adding a task to a TaskGroup after its async with block ended.
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(job(1))
    print("first:", first.result())
    tg.create_task(job(2))

asyncio.run(main())
