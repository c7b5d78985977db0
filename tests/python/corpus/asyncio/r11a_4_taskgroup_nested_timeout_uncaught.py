import asyncio


async def slow(n):
    await asyncio.sleep(n)
    return n


async def main():
    async with asyncio.timeout(0.1):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(0.05))
            tg.create_task(slow(1))
    print("done")


asyncio.run(main())
