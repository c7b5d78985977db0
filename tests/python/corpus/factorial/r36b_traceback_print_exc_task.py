# Each task prints its own traceback with traceback.print_exc() and returns None instead of dying.
import asyncio
import traceback


def check(n):
    if n < 0:
        raise ValueError(f"factorial of negative {n}")


async def factorial(n):
    try:
        check(n)
        await asyncio.sleep(0.01)
        r = 1
        for i in range(2, n + 1):
            r *= i
        return r
    except ValueError:
        traceback.print_exc()
        return None


async def main():
    results = await asyncio.gather(factorial(4), factorial(-2), factorial(3))
    print("results:", results)
    print("lines of last:", traceback.format_exception_only(ValueError, ValueError("x")))


asyncio.run(main())
