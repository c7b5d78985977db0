# Printing 20! and 25! every way I know: commas, underscores, padding, hex and scientific.
import asyncio
from functools import reduce


async def factorial(n):
    await asyncio.sleep(0.02)
    return reduce(lambda a, b: a * b, range(1, n + 1), 1)


async def main():
    for n in (20, 25):
        f = await factorial(n)
        print(f"{n}! plain     : {f}")
        print(f"{n}! commas    : {f:,}")
        print(f"{n}! underscore: {f:_}")
        print(f"{n}! hex       : {f:#_x}")
        print(f"{n}! width 40  : {f:>40,}|")
        print(f"{n}! sci       : {f:.4e}")
        print(f"{n}! percent   : {'%d' % f}")
        print(f"{n}! zero pad  : {f:040d}")


asyncio.run(main())
