# Sum of factorials with await inside a generator expression passed to sum().
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    out = 1
    for i in range(2, n + 1):
        out *= i
    return out


async def main():
    digits = [1, 4, 5]
    listed = [await factorial(d) for d in digits]
    print("list comprehension works:", listed, sum(listed))
    total = sum(await factorial(d) for d in digits)
    print("145 is a factorion?", total == 145)


asyncio.run(main())
