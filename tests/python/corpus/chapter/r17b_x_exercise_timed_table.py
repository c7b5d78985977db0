# The exercise with gather, printing a table of n, n! and digits, and the total time compared
import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    start = time.perf_counter()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    elapsed = time.perf_counter() - start
    print(f"{'n':>3} | {'n!':>8} | digits")
    print('-' * 24)
    for n, f in zip(numbers, results):
        print(f'{n:>3} | {f:>8} | {len(str(f))}')
    print(f'at least the largest: {elapsed >= 0.1 * max(numbers)}, faster than one by one: {elapsed < 0.1 * sum(numbers)}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
