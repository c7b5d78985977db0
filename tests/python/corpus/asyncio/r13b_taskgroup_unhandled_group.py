import asyncio

async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"failure {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(fail(n))

asyncio.run(main())
