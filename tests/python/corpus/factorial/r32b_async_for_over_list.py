# async for over a plain list of tasks: a list has no __aiter__.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in (3, 4, 5)]
    async for result in tasks:
        print(result)


asyncio.run(main())
