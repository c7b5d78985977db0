# A table with box-drawing characters and superscripts, aligned with str.center/ljust.
import asyncio

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.001)
    return r


async def main():
    ns = list(range(0, 13, 3))
    vals = await asyncio.gather(*map(factorial, ns))
    print("┌" + "─" * 6 + "┬" + "─" * 14 + "┐")
    print("│" + "n".center(6) + "│" + "n!".center(14) + "│")
    print("├" + "─" * 6 + "┼" + "─" * 14 + "┤")
    for n, v in zip(ns, vals):
        print(f"│{n:^6}│{v:>13} │")
    print("└" + "─" * 6 + "┴" + "─" * 14 + "┘")
    print("10" + str(6).translate(SUP), "≈", vals[-1], ascii("n≥0"), "ñ!".upper())


asyncio.run(main())
