# Mistake: int() of a decimal typed at the prompt (ValueError: invalid literal for int() with base 10).
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0)
    return math.factorial(n)


def main():
    text = input('Enter a number: ')
    print()
    n = int(text)
    print(asyncio.run(factorial(n)))


main()
