# Reusing one TaskGroup object for two rounds of work
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    tg = asyncio.TaskGroup()
    async with tg:
        t1 = tg.create_task(job(2))
    print("round 1:", t1.result())
    async with tg:
        t2 = tg.create_task(job(3))
    print("round 2:", t2.result())

asyncio.run(main())
