import asyncio
import time

async def factorial(n):
    print(f'begin {n}')
    result = 1
    for i in range(1, n + 1):
        time.sleep(0.01)   # should be await asyncio.sleep
        result *= i
    print(f'end {n}')
    return result

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(factorial(5), factorial(3), factorial(4))
    elapsed = time.perf_counter() - start
    print(results)
    print('ran one after another:', elapsed > 0.1)

asyncio.run(main())
