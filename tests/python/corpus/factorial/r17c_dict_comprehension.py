# The results are put into a dict with a comprehension over zip
import asyncio


async def factorial(n):
    f = 1
    for i in range(n, 0, -1):
        f *= i
        await asyncio.sleep(0.1)
    return f


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    table = {n: r for n, r in zip(numbers, results)}
    print(table)
    print('largest:', max(table, key=table.get), 'smallest:', min(table.values()))
    return table


table = asyncio.run(calculate_factorials([5, 7, 3, 6]))
print(sorted(table.items(), key=lambda kv: kv[1]))
