# Wrong but running: the sleep is after the loop, so every factorial takes 0.1 s
import asyncio
import time


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    await asyncio.sleep(0.1)
    return result


async def calculate_factorials(numbers):
    start = time.time()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)
    print('under 0.3 s:', time.time() - start < 0.3)


print('Main - Starting')
asyncio.run(calculate_factorials([5, 7, 3, 6]))
print('Main - Done')
