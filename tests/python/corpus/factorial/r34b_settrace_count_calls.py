# Counting how many times the recursive factorial is called, using sys.setprofile.
import asyncio
import sys
from collections import Counter

calls = Counter()


def profiler(frame, event, arg):
    if event == "call" and frame.f_code.co_name.startswith("fact"):
        calls[frame.f_code.co_name] += 1


def fact_rec(n):
    return 1 if n < 2 else n * fact_rec(n - 1)


async def fact_async(n):
    await asyncio.sleep(0)
    return 1 if n < 2 else n * await fact_async(n - 1)


sys.setprofile(profiler)
x = fact_rec(10)
y = asyncio.run(fact_async(5))
sys.setprofile(None)
print(x, y, dict(sorted(calls.items())))
