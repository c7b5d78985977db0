# zip(strict=True) catches results and inputs of different lengths
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    out = 1
    for k in range(2, n + 1):
        out *= k
    return out

async def main():
    numbers = [3, 5, 7]
    results = await asyncio.gather(*map(factorial, numbers))
    for n, r in zip(numbers, results, strict=True):
        print(n, r)
    try:
        for pair in zip(numbers + [9], results, strict=True):
            print(pair)
    except ValueError as e:
        print("ValueError:", e)
    print(list(map(lambda n, r: f"{n}:{r}", numbers, results)))
    print(any(r > 1000 for r in results), all(r % 2 == 0 for r in results))

asyncio.run(main())
