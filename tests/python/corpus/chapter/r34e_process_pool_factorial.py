# the factorial is CPU work, so I pushed it into a process pool with run_in_executor
import asyncio
import math
from concurrent.futures import ProcessPoolExecutor

def factorial(n):
    return math.factorial(n)

async def calculate_factorials(numbers):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, factorial, n) for n in numbers))
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
