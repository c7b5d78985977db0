# Mistake: a misspelt keyword argument.
import asyncio

async def factorial(number, delay=0.1):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(delay)
        result *= i
    return result

async def main():
    print(await factorial(number=3, delay=0.01))
    print(await factorial(numbr=4))

asyncio.run(main())
