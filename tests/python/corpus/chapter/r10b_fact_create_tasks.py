# Tasks created by hand with names, awaited in order.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r

async def main():
    tasks = [asyncio.create_task(factorial(n), name=f'fact-{n}') for n in [5, 7, 3, 6]]
    for t in tasks:
        value = await t
        print(t.get_name(), '=>', value)

asyncio.run(main())
