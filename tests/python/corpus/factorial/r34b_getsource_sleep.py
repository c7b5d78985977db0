# Curious how asyncio.sleep is written, I print the first lines of its source with inspect.
import asyncio
import inspect

try:
    lines = inspect.getsource(asyncio.sleep).splitlines()
    print(lines[0])
    print(len(lines) > 5, any("result" in line for line in lines))
except (TypeError, OSError) as e:
    print(type(e).__name__, e)


async def factorial(n):
    total = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        total *= i
    return total


print(asyncio.run(factorial(5)))
