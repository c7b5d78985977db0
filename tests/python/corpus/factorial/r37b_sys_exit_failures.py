# The program exits with the number of failed inputs as its status code.
import asyncio
import sys


async def factorial(n):
    if n < 0:
        raise ValueError(n)
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main(nums):
    outcomes = await asyncio.gather(*(factorial(n) for n in nums), return_exceptions=True)
    failures = 0
    for n, o in zip(nums, outcomes):
        if isinstance(o, Exception):
            failures += 1
            print(f"{n}: failed", file=sys.stderr)
        else:
            print(f"{n}! = {o}")
    return failures


if __name__ == "__main__":
    sys.exit(asyncio.run(main([3, -1, 5, -4, 2])))
