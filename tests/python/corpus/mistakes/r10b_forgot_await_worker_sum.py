# Forgot await: adding a coroutine to an int.
import asyncio

async def factorial(n):
    return n

async def main():
    total = 0
    for n in [1, 2]:
        total += factorial(n)
    print(total)

asyncio.run(main())
