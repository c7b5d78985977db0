# as_completed with the elapsed time checked against bounds, not printed
import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

async def main():
    start = time.perf_counter()
    for fut in asyncio.as_completed([factorial(n) for n in (5, 2, 7)]):
        n, r = await fut
        elapsed = time.perf_counter() - start
        print(f"{n}! = {r:<5} not before {n / 10} s: {elapsed >= n / 10}")
    total = time.perf_counter() - start
    print(f"concurrently: {total < 1.2} (one after another would take 1.4 s)")

asyncio.run(main())
