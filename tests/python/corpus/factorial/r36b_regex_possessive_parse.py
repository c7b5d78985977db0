# Parse "5! 7! 3!"-style requests with a regex (3.11 atomic groups) and compute them concurrently.
import asyncio
import re

REQUEST = "please compute 5! and 7!, also 3! plus 12!! (double) and x! and 10 !"


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.001 * n)
    return r


async def main():
    found = re.findall(r"(?>\d+)!(?!!)", REQUEST)
    print("plain requests:", found)
    doubles = re.findall(r"(\d++)!!", REQUEST)
    print("double factorials asked:", doubles)
    numbers = [int(m.rstrip("!")) for m in found]
    for n, f in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f"{n}! = {f}")
    print(re.sub(r"(\d+)!", lambda m: f"fact({m[1]})", REQUEST))


asyncio.run(main())
