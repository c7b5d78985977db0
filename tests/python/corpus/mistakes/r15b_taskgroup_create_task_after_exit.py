# Mistake: using a TaskGroup after its async with block has ended.
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    print("job", n)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(1))
        tg.create_task(job(2))
    print("group done")
    tg.create_task(job(3))

asyncio.run(main())
