# traceback.print_exc() inside the task's except block, then carry on with the others.
import asyncio
import traceback


async def factorial(n):
    if n < 0:
        raise ValueError("n must be >= 0")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def careful(n):
    try:
        return await factorial(n)
    except ValueError:
        traceback.print_exc()
        return None


async def main():
    print(await careful(5))
    print(await careful(-5))
    lines = traceback.format_exception_only(ValueError, ValueError("x"))
    print(lines)


asyncio.run(main())
