# A table of factorials with the format-spec mini-language: commas, underscores, widths.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r

async def main():
    ns = [0, 1, 5, 10, 15, 20]
    values = await asyncio.gather(*map(factorial, ns))
    print(f"{'n':>3} | {'n!':>28} | {'hex':>18} | {'sci':>10}")
    print("-" * 70)
    for n, v in zip(ns, values):
        print(f"{n:>3} | {v:>28,} | {v:>18_x} | {v:>10.3e}")
    for v in values[2:4]:
        print(f"{v:#b} {v:#o} {v:#X} {v:_b} {v:08d} {v:+} {v: }")
    print(f"{values[3]:,.2f} {values[3]:>20,.2f}| {values[2]:^+09.3f} {values[2]:<12g}|")
    print(f"{values[5]:e} {values[5]:.0e} {values[5]:g} {values[5]:.10g} {values[5]:G}")
    print(f"{3 / 7:%} {0.125:.1%} {1:.0%} {values[2] / values[3]:.4%}")

asyncio.run(main())
