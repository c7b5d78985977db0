# The reciprocals 1/n! as floats, with repr, fixed and scientific formatting.
import asyncio
import math


async def reciprocal(n):
    await asyncio.sleep(0.001 * n)
    return 1 / math.factorial(n)


async def main():
    for n in range(0, 25, 3):
        r = await reciprocal(n)
        print(f"{n:>2} {r!r:<24} {r:.30f} {r:.17e} {r:g}")
    print("%.50f" % (1 / math.factorial(20)))
    print(f"{1 / math.factorial(170):.20e}", 1 / math.factorial(171) if False else "skip")
    print(1 / math.factorial(180))


asyncio.run(main())
