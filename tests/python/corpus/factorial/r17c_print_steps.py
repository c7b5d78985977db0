# Printing every step of every factorial shows them taking turns
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        print(f'  {n}: step {i}, so far {result}')
        await asyncio.sleep(0.1)
    return result


async def calculate_factorials(numbers):
    print(await asyncio.gather(*[factorial(n) for n in numbers]))


print('Main - Starting')
asyncio.run(calculate_factorials([3, 4, 2]))
print('Main - Done')
