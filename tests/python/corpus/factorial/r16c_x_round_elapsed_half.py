# Factorials each sleeping 0.5 s once, the total printed with round() and :.0f: CPython's sleeps overshoot
import asyncio
import time

async def factorial(n):
    await asyncio.sleep(0.5)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

async def calculate_factorials(numbers):
    start = time.perf_counter()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    elapsed = time.perf_counter() - start
    print(results)
    print(f'took about {round(elapsed)} second(s), {elapsed:.0f} formatted')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
