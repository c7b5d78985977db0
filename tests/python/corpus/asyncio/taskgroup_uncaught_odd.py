import asyncio

async def fail(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(fail(n))
    print("never")

asyncio.run(main())
