# Read the numbers and the delay from environment variables, with defaults when they are not set.
import asyncio
import os

NUMBERS = [int(x) for x in os.environ.get("FACT_NUMBERS", "5,7,3,6").split(",")]
DELAY = float(os.getenv("FACT_DELAY", "0.01"))
VERBOSE = os.environ.get("FACT_VERBOSE") is not None


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(DELAY)
        r *= i
    return r


async def main():
    print("config:", NUMBERS, DELAY, VERBOSE, "FACT_NUMBERS" in os.environ)
    for n, r in zip(NUMBERS, await asyncio.gather(*map(factorial, NUMBERS))):
        print(f"{n}! = {r}")
    print(os.environ["FACT_NUMBERS"])


asyncio.run(main())
