# A TaskGroup whose task fails: an ExceptionGroup.
import asyncio

async def work(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise KeyError(n)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(work(n))
    print("unreachable")

asyncio.run(main())
