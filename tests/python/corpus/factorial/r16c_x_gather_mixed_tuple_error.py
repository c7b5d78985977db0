# A learner passes a tuple of numbers to factorial: range() refuses a tuple
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    numbers = (5, 7, 3, 6)
    print(await factorial(numbers))

asyncio.run(main())
