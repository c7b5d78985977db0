# A recursive coroutine factorial that awaits at each level.
import asyncio

async def factorial(n, depth=0):
    print("  " * depth + f"factorial({n})")
    await asyncio.sleep(0.01)
    if n <= 1:
        return 1
    return n * await factorial(n - 1, depth + 1)

print(asyncio.run(factorial(5)))
