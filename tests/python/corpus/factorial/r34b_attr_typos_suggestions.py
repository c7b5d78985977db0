# Typos in attribute names: Python suggests the right spelling.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def main():
    results = []
    for n in (3, 4):
        results.append(await factorial(n))
    try:
        results.apend(await factorial(5))
    except AttributeError as e:
        print("AttributeError:", e)
    task = asyncio.create_task(factorial(6))
    await task
    try:
        print(task.results())
    except AttributeError as e:
        print("AttributeError:", e)
    print(results)
    await asyncio.sleeps(0.1)


asyncio.run(main())
