# contextlib.suppress to skip bad inputs quietly, and ExitStack to print a summary at the end.
import asyncio
import math
from contextlib import ExitStack, suppress


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    done = []
    with ExitStack() as stack:
        stack.callback(lambda: print("summary:", done))
        for n in (4, -2, 6, 2.5, 3):
            with suppress(ValueError, TypeError):
                done.append((n, await factorial(n)))
                print("computed", n)
        print("loop finished")
    with suppress(ValueError):
        await factorial("x")


asyncio.run(main())
