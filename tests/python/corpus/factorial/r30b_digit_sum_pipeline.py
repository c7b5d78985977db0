# A little pipeline: factorials -> digit strings -> digit sums, with map/filter/sorted.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return f


async def main():
    facts = await asyncio.gather(*map(factorial, range(1, 21)))
    digit_sums = list(map(lambda f: sum(map(int, str(f))), facts))
    print(digit_sums)
    print(list(filter(lambda p: p[1] % 9 == 0, enumerate(digit_sums, start=1)))[:5])
    print(sorted(range(1, 21), key=lambda n: (digit_sums[n - 1], -n))[:6])
    print(int(str(facts[9])[::-1]), str(facts[19]).zfill(25), str(facts[4]).rjust(6, "0"))
    print(max(map(str, facts[:8]), key=len), min(facts, key=lambda f: str(f)[-1] != "0"))


asyncio.run(main())
