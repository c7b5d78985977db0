# The program asks for a number with input() but gets no input: EOFError from inside main().
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    n = int(input("Enter a number: "))
    print(f"{n}! = {await factorial(n)}")


asyncio.run(main())
