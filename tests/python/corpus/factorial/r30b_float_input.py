# Someone passes 5.0: I convert floats that are whole numbers and reject the others.
import asyncio


async def factorial(n):
    if isinstance(n, float):
        if not n.is_integer():
            raise TypeError(f"factorial() only accepts integral values, got {n!r}")
        n = int(n)
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    for x in [5.0, 4, 3.0]:
        print(x, "->", await factorial(x))
    results = await asyncio.gather(factorial(2), factorial(2.5), return_exceptions=True)
    print(results)
    print(await factorial(3.5))


asyncio.run(main())
