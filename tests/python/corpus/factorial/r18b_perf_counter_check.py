import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]])
    elapsed = time.perf_counter() - start
    print(results)
    print(f"elapsed at least {int(elapsed * 10) / 10 >= 0.7}")
    print("faster than sequential (2.1 s)?", elapsed < 2.1)
    print("at least 0.7 s?", elapsed >= 0.7)

    start = time.perf_counter()
    seq = [await factorial(n) for n in [3, 2]]
    elapsed = time.perf_counter() - start
    print(seq, "sequential took 0.5 s or more:", elapsed >= 0.5)

if __name__ == "__main__":
    asyncio.run(main())
