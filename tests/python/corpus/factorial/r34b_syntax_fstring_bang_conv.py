# Printing "n! = value" but the ! landed inside the braces of the f-string.
import asyncio


async def factorial(n):
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        value *= i
    print(f"{n!} = {value}")
    return value


asyncio.run(factorial(5))
