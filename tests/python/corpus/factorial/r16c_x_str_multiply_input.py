# Numbers read from stdin but never converted: range() gets a str
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    n = input('n? ')
    print(f'{n}! =', await factorial(n))

asyncio.run(main())
