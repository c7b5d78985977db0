import asyncio
import time

async def factorial(number):
    product = 1
    for i in range(number, 0, -1):
        product *= i
        await asyncio.sleep(0.1)
    return product

async def calculate_factorials(numbers):
    t0 = time.perf_counter()
    futures = [factorial(n) for n in numbers]
    results = await asyncio.gather(*futures)
    t1 = time.perf_counter()
    duration = t1 - t0
    for n, r in zip(numbers, results):
        print(n, r, sep=': ')
    if duration < 1.5:
        print('ran concurrently')
    else:
        print('ran one after another')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
