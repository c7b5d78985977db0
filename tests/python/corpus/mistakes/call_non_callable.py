# Mistake: a variable named like the function hides it, then is called.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)

async def main():
    factorial = await asyncio.gather(*[globals()['factorial'](n) for n in (3, 4)])
    print(factorial)
    print(factorial(5))

asyncio.run(main())
