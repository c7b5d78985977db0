# Mistake: a misspelt name inside an f-string.
import asyncio

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f'{numbr}! = {result}')

asyncio.run(factorial(3))
