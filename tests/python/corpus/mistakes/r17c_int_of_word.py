# int() of a word read from the input: ValueError invalid literal
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


text = input('How many? ')
print()
n = int(text)
print(asyncio.run(factorial(n)))
