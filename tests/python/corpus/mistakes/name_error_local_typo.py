# Mistake: a misspelt local variable: NameError with "Did you mean".
import asyncio

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.01)
        result = result * i
    return reslt

async def main():
    print(await factorial(4))

asyncio.run(main())
