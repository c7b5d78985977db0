# Ratios of huge factorials: true division overflows, but floor division and math.log work.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.005)
    return math.factorial(n)


async def main():
    a, b = await asyncio.gather(fact(400), fact(398))
    print("a // b =", a // b, "=", 400 * 399)
    print("a / b  =", a / b)
    print("log10(a) =", round(math.log10(a), 6))
    print("log2(a)  =", round(math.log2(a), 3), "bit_length:", a.bit_length())
    print("divmod:", divmod(b, 10**850)[0] > 0, str(a % 1_000_003))
    try:
        print(math.sqrt(a))
    except OverflowError as e:
        print("sqrt:", e)
    print("isqrt digits:", len(str(math.isqrt(a))))
    print(a / 1)


asyncio.run(main())
