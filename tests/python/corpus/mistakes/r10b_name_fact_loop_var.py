# factorial's loop variable misspelt in the body.
import asyncio

async def factorial(n):
    result = 1
    for number in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= numbr
    return result

async def calculate_factorials(numbers):
    print(await asyncio.gather(*[factorial(n) for n in numbers]))

asyncio.run(calculate_factorials([5, 7, 3, 6]))
