# Factorial exercise: each task prints every step, so the interleaving of tasks is visible.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        print(f'  [{n}] step {i}: {result}')
        await asyncio.sleep(0.1)
    print(f'{n}! = {result}')
    return result

async def calculate_factorials(numbers):
    await asyncio.gather(*[factorial(n) for n in numbers])

print('Main - Starting')
asyncio.run(calculate_factorials([3, 4, 2]))
print('Main - Done')
