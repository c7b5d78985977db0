# The factorial exercise with an input check whose if lacks its colon.
import asyncio

async def factorial(n):
    if n < 0
        raise ValueError("n must be >= 0")
    result = 1
    for i in range(2, n + 1):
        result *= i
        await asyncio.sleep(0.01)
    return result

async def main():
    print(await factorial(6))

asyncio.run(main())
