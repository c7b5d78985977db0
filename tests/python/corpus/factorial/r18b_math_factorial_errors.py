import asyncio
import math

async def safe_factorial(x):
    await asyncio.sleep(0.1)
    try:
        return math.factorial(x)
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"

async def main():
    inputs = [5, -3, 3.0, "4", True, 0, 10**0]
    for coro in [safe_factorial(x) for x in inputs]:
        print(await coro)
    print(math.factorial(False))
    print(math.factorial(20) == math.prod(range(1, 21)))
    print(math.prod([]), math.prod(range(1, 6), start=2))

asyncio.run(main())
