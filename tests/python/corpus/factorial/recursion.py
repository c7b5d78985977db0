# Factorial exercise: a recursive coroutine (await factorial(n - 1)), sleeping at each level.
import asyncio

async def factorial(n):
    if n <= 1:
        return 1
    await asyncio.sleep(0.1)
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(n, '! =', r)

print('Main - Starting')
asyncio.run(calculate_factorials([5, 7, 3, 6]))
print('Main - Done')
