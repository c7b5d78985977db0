import asyncio


async def job(n):
    await asyncio.sleep(0.01)
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(job(2))
    print("first:", first.result())
    # bug: reuses the finished group
    second = tg.create_task(job(3))
    print("second:", await second)


asyncio.run(main())
