# The exercise with a wait_for budget that the 7! cannot meet.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def calculate_factorials(numbers):
    for n in numbers:
        try:
            r = await asyncio.wait_for(factorial(n), timeout=0.65)
            print(f'{n}! = {r}')
        except asyncio.TimeoutError:
            print(f'{n}! took too long')

asyncio.run(calculate_factorials([5, 8, 3]))
