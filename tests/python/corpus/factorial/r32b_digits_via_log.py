# Counting digits three ways: len(str()), math.log10 and repeated // 10, timed by comparison.
import asyncio
import math
import time


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


def digits_div(x):
    count = 0
    while x:
        x //= 10
        count += 1
    return count


async def main():
    for n in (1, 9, 10, 25, 100, 400):
        f = await factorial(n)
        a = len(str(f))
        b = math.floor(math.log10(f)) + 1
        c = digits_div(f)
        print(f"{n:>4}: {a:>4} {b:>4} {c:>4} {'same' if a == b == c else 'DIFFER'}")
    t = time.perf_counter()
    digits_div(math.factorial(1000))
    print("fast enough:", time.perf_counter() - t < 2)
    print(math.log10(math.factorial(1000)), math.log2(math.factorial(64)), math.log(math.factorial(30)))


asyncio.run(main())
