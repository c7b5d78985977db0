# Two bad inputs in a TaskGroup and no except*: the whole ExceptionGroup is printed.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01 * abs(n))
    if n < 0:
        raise ValueError(f"negative: {n}")
    if n > 20:
        raise OverflowError(f"{n} is too large for this demo")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (5, -3, 25, 4):
            tg.create_task(factorial(n))


asyncio.run(main())
