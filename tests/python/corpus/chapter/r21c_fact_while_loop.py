# The exercise with a while loop counting down, returning a formatted string.
import asyncio

async def factorial(n):
    orig, r = n, 1
    while n > 1:
        await asyncio.sleep(0.1)
        r *= n
        n -= 1
    return f'{orig}! = {r}'

async def calculate_factorials(numbers):
    print(*await asyncio.gather(*(factorial(n) for n in numbers)), sep='\n')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
