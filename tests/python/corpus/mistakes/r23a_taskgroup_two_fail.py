import asyncio

async def check(n):
    await asyncio.sleep(0.01)
    if n % 2:
        raise ValueError(f"odd value {n}")
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(4):
            tg.create_task(check(n))

asyncio.run(main())
