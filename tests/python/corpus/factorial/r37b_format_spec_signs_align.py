# Trying fancy format specs on factorials and differences: signs, = alignment, fill characters.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    a, b = await asyncio.gather(fact(9), fact(10))
    diff = a - b
    print(f"[{diff:+}] [{a:+,}] [{diff:=+15,}] [{a: d}]")
    print(f"[{a:*^20,}] [{a:<12_}] [{b:>+14_d}]")
    print(f"[{diff:015,}] [{a:#012x}] [{b:,.2f}] [{a:.3%}]")
    print(f"[{a:n}] [{b:e}] [{b:.2g}] [{float(a):,.1f}]")
    width = len(f"{b:,}")
    for v in (a, b, diff):
        print(f"|{v:>{width + 2},}|")
    print(f"{a:,d}", format(a, "_b")[:19])
    print(f"{a:,s}")


asyncio.run(main())
