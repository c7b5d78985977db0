# Iterative factorial with asyncio.sleep(0.1) per step, gathered, elapsed time rounded to whole seconds
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
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')
    print('took about', round(elapsed), 'second(s)')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
