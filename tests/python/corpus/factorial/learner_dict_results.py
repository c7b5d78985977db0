import asyncio
import math

async def fact(n):
    await asyncio.sleep(0.05 * n)
    return math.factorial(n)

async def main():
    numbers = [4, 1, 3, 2]
    tasks = {n: asyncio.create_task(fact(n)) for n in numbers}
    results = {n: await t for n, t in tasks.items()}
    print(results)
    print(dict(sorted(results.items())))
    print({n: f"{v:04d}" for n, v in results.items() if v > 1})
    best = max(results, key=results.get)
    print("largest:", best, results[best])
    for n, v in sorted(results.items(), key=lambda kv: -kv[1]):
        print(f"{n}! ".rjust(6, '.') + f"{v}".center(8, '*'))

asyncio.run(main())
