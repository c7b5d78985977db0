import asyncio

async def risky(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise ValueError(f"bad value {n}")
    return n

async def main():
    tasks = []
    for n in range(4):
        tasks.append(asyncio.create_task(risky(n)))
    await asyncio.sleep(0.05)
    print("main finished without checking tasks")

asyncio.run(main())
