# Results combined into a dict comprehension, then filtered.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01 * n)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

async def main():
    numbers = range(0, 11, 2)
    values = await asyncio.gather(*(factorial(n) for n in numbers))
    table = {n: v for n, v in zip(numbers, values)}
    print(table)
    print({n: v for n, v in table.items() if v % 3 == 0 and v > 1})
    print(sum(table.values()), list(table)[-1], len(table))

asyncio.run(main())
