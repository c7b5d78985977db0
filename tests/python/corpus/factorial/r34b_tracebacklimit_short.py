# Setting sys.tracebacklimit to make the error from a deep recursive factorial shorter.
import asyncio
import sys

sys.tracebacklimit = 2


async def factorial(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ArithmeticError("hit zero on purpose")
    return n * await factorial(n - 1)


async def main():
    print("computing...")
    print(await factorial(6))


asyncio.run(main())
