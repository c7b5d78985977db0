# Using TaskGroup with a plain "with" instead of "async with".
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    results = {}
    with asyncio.TaskGroup() as tg:
        for n in (3, 4, 5):
            results[n] = tg.create_task(factorial(n))
    print({n: t.result() for n, t in results.items()})


asyncio.run(main())
