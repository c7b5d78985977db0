# Factorial exercise: a TaskGroup, results kept in a dict and printed with !r and widths.
import asyncio
import math

async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.05)
    return math.factorial(n)

async def main(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers}
    results = {n: t.result() for n, t in tasks.items()}
    for n, v in results.items():
        print(f'{n!r:>4} -> {v!r:>10} {str(v)!r:<10}|')
    print(results)
    print(max(results, key=results.get), min(results.values()))

asyncio.run(main([6, 2, 8, 5]))
