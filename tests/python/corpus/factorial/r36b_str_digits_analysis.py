# Text tricks on 100!: trailing zeros with rstrip, digit counts with str.count, chunks of 10.
import asyncio
from collections import Counter


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
        if i % 25 == 0:
            await asyncio.sleep(0.01)
    return r


async def main():
    s = str(await factorial(100))
    print(len(s), "digits,", len(s) - len(s.rstrip("0")), "trailing zeros")
    print("zeros overall:", s.count("0"), "'00' count:", s.count("00"), "find 999:", s.find("999"))
    print(Counter(s).most_common(3))
    print(" ".join(s[i:i + 10] for i in range(0, len(s), 10)))
    print(s[::-1][:12], s.zfill(160)[:5], s.center(170, "*")[:7], s.partition("5")[0])
    print(s.translate(str.maketrans("0123456789", "abcdefghij"))[:20], s.isdigit(), s.isascii())
    print(sorted(Counter(s).items(), key=lambda kv: (-kv[1], kv[0]))[-2:])


asyncio.run(main())
