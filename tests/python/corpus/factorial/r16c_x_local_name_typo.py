# A typo in a local name inside the coroutine: NameError with a suggestion
import asyncio

async def factorial(number):
    result = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0.05)
        result *= i
    return reslut

async def main():
    print(await factorial(4))

asyncio.run(main())
