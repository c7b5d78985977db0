# Recursive async factorial with the base case written as n == 1: factorial(0) never stops.
import asyncio


async def factorial(n):
    if n == 1:
        return 1
    return n * await factorial(n - 1)


async def main():
    print("5! =", await factorial(5))
    print("1! =", await factorial(1))
    print("0! =", await factorial(0))


asyncio.run(main())
