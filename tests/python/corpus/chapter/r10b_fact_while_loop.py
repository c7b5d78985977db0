# factorial with a while loop counting down.
import asyncio

async def factorial(n):
    result = 1
    while n > 1:
        result *= n
        n -= 1
        await asyncio.sleep(0.02)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, r in zip(numbers, results):
        print(f'{n:>3}! = {r:>8}')

asyncio.run(calculate_factorials([5, 7, 3, 6, 0, 1]))
