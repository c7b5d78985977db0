# Register an atexit summary of the computed factorials; the program then fails partway.
import asyncio
import atexit

computed = {}


def summary():
    print("atexit summary:", computed)


async def factorial(n):
    if n < 0:
        raise ValueError(f"bad input {n}")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    computed[n] = r
    return r


async def main():
    for n in (4, 6, -1, 8):
        await factorial(n)


atexit.register(summary)
atexit.register(print, "registered second, runs first")
asyncio.run(main())
