# a child cancelled from outside does not fail its TaskGroup
import asyncio

async def slow(n):
    await asyncio.sleep(0.2)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(slow(1))
        b = tg.create_task(slow(2))
        await asyncio.sleep(0.01)
        a.cancel()
    print('a cancelled:', a.cancelled(), 'b result:', b.result())

asyncio.run(main())
