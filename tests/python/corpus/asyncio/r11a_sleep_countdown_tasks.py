import asyncio


async def countdown(name: str, n: int, delay: float) -> str:
    while n > 0:
        print(f"{name}: {n}")
        await asyncio.sleep(delay)
        n -= 1
    print(f"{name}: liftoff!")
    return name


async def main():
    t1 = asyncio.create_task(countdown("A", 3, 0.1))
    t2 = asyncio.create_task(countdown("B", 2, 0.45))
    first = await t1
    second = await t2
    print("finished:", first, second)


asyncio.run(main())
