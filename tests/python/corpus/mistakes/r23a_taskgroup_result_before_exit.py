import asyncio

async def compute(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(compute(4))
        print("result:", t.result())

asyncio.run(main())
