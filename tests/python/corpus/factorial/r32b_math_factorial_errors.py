# Checking what math.factorial itself says for bad inputs, to copy its error messages.
import asyncio
import math


async def try_factorial(x):
    await asyncio.sleep(0)
    try:
        return f"{x!r}: {math.factorial(x)}"
    except Exception as e:
        return f"{x!r}: {type(e).__name__}: {e}"


async def main():
    for line in await asyncio.gather(*map(try_factorial, [5, 5.0, -1, "5", None, True, 2**70])):
        print(line)


asyncio.run(main())
