import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        time.sleep(0.05)
        result *= i
    print(f'finished {n}')
    return result

async def calculate_factorials(numbers):
    start = time.perf_counter()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    took = time.perf_counter() - start
    print('Results:', results)
    print('concurrent?', took < 0.05 * max(numbers) + 0.2)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
