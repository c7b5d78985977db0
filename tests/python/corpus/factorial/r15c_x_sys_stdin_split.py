# the numbers read all at once from sys.stdin, then map(int, ...)
import asyncio
import sys

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        f *= i
    return f

async def main(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])

data = sys.stdin.read().split()
numbers = list(map(int, data))
print(f"{len(numbers)} numbers: {numbers}")
print(*asyncio.run(main(numbers)), sep=" | ")
