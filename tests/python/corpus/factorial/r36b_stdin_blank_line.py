# Reading numbers line by line from sys.stdin; a blank line in the input breaks int().
import asyncio
import sys


async def factorial(n):
    acc = 1
    for i in range(1, n + 1):
        acc *= i
    await asyncio.sleep(0.01)
    return acc


async def main():
    for line_no, line in enumerate(sys.stdin, start=1):
        n = int(line)
        print(f"line {line_no}: {n}! = {await factorial(n)}")


asyncio.run(main())
