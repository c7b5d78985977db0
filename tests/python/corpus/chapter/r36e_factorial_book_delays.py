# the exercise exactly as specified: sleep 0.1 each time round the loop, numbers 5, 7, 3, 6
import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'factorial({n}) finished')
    return result

async def calculate_factorials(numbers):
    start = time.perf_counter()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    elapsed = time.perf_counter() - start
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')
    print('took about as long as the biggest one?', 0.65 < elapsed < 1.0)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
