# An f-string table with widths, alignment, thousands separators.
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        result *= i
    return result

async def main():
    numbers = [1, 5, 10, 15, 20]
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(f"{'n':>4} | {'n!':<28} | {'digits':^8}")
    print(f"{'-' * 4}-+-{'-' * 28}-+-{'-' * 8}")
    for n, r in zip(numbers, results):
        print(f"{n:>4} | {r:<28,} | {len(str(r)):^8}")
    print(f"{results[-1]:_}")
    print(f"{results[-1]:e}")
    print(f"{results[2]:x} {results[2]:o} {results[2]:#b}")

asyncio.run(main())
