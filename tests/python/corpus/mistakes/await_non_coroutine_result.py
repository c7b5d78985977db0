# Mistake: awaiting the result of a plain function.
import asyncio

def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

async def main():
    value = await factorial(5)
    print(value)

asyncio.run(main())
