# TaskGroup where one input is negative: the group cancels the others and raises an ExceptionGroup.
import asyncio


async def factorial(n):
    if n < 0:
        await asyncio.sleep(0.05)
        raise ValueError(f"bad input {n}")
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    print(f"{n}! = {r}")
    return r


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in [3, -1, 5]:
            tg.create_task(factorial(n))
    print("unreachable")


asyncio.run(main())
