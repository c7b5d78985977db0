import asyncio
import math

async def check(name, n):
    await asyncio.sleep(0.01)
    print(f"Task {name}: checking {n!r}")
    return math.factorial(n)

async def main():
    for n in (5, 2.5, -3):
        try:
            print(await check("A", n))
        except (ValueError, TypeError) as e:
            print(f"{type(e).__name__}: {e}")
    print(await check("B", -1))

asyncio.run(main())
