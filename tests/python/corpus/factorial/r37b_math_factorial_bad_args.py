# Before writing my own, I poke at math.factorial with bad arguments to copy its error messages.
import asyncio
import math


async def try_it(x):
    await asyncio.sleep(0.01)
    try:
        return f"math.factorial({x!r}) = {math.factorial(x)}"
    except (TypeError, ValueError) as e:
        return f"math.factorial({x!r}) -> {type(e).__name__}: {e}"


async def main():
    for line in await asyncio.gather(*(try_it(x) for x in [5, 0, -1, 5.0, "5", True, 2**70 // 2**69, None])):
        print(line)


asyncio.run(main())
