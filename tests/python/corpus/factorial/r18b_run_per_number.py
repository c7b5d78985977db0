# Calls asyncio.run once for every number - works but there is no concurrency.
import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def main():
    print('Main - Starting')
    start = time.perf_counter()
    for n in [5, 7, 3, 6]:
        print(f'{n}! = {asyncio.run(factorial(n))}')
    print('sequential:', time.perf_counter() - start > 2.0)
    print('Main - Done')

if __name__ == '__main__':
    main()
