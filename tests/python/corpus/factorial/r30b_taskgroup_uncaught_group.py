# TaskGroup where two inputs are negative -- I did not catch anything.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"{n} is negative")
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(factorial(n)) for n in (4, -1, 5, -3)]
    print([t.result() for t in tasks])


asyncio.run(main())
