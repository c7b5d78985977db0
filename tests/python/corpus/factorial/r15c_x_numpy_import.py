# a learner reaches for numpy.prod, which is not installed
import asyncio

try:
    import numpy as np
except ImportError as e:
    print("no numpy:", e, type(e).__name__)
    np = None

async def factorial(n):
    await asyncio.sleep(0.01)
    if np is not None:
        return int(np.prod(range(1, n + 1)))
    import math
    return math.prod(range(1, n + 1))

print(asyncio.run(factorial(10)))
import tabulate
