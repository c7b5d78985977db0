# asyncio.gather misspelt as asyncio.gathr: AttributeError with a suggestion
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    results = await asyncio.gathr(factorial(3), factorial(4))
    print(results)

asyncio.run(main())
