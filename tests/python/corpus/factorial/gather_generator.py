# Factorial exercise: gather(*(... for ...)) of a generator expression; zip the results back.
import asyncio

async def factorial(number):
    value = 1
    for step in range(2, number + 1):
        await asyncio.sleep(0.1)
        value *= step
    return value

async def calculate_factorials(numbers):
    values = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, v in zip(numbers, values):
        print(f'{n}! = {v}')

print('Main - Starting')
asyncio.run(calculate_factorials([4, 1, 6, 0, 3]))
print('Main - Done')
