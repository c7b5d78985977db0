# Lining up the output with computed widths (nested format specs).
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return f


async def main():
    nums = [1, 5, 10, 15, 20]
    values = await asyncio.gather(*map(factorial, nums))
    w = max(len(f"{v:,}") for v in values)
    for n, v in zip(nums, values):
        print(f"{n!s:>3}! = {v:>{w},} | {v:+.{3}e} | {v:#_x}")
    print(f"{values[1]!r:^9}|{str(values[1]):*^9}|{values[1]:=+9}|{values[1]:09_}")
    print(f"{65:c}{66:c} {values[2]:#o} {values[2]:#b}"[:40])
    print(f"{values[1]:,.2f} {values[-1]:.3g} {values[1]:%}")


asyncio.run(main())
