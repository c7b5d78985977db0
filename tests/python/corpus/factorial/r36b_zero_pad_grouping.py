# Zero-padded and grouped format specs on factorials (the padding zeros get separators too).
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.002)
    return r


async def main():
    for n in (3, 7, 10):
        f = await factorial(n)
        print(f"{f:012,}|{f:012_}|{f:=+14,}|{f:#012_x}|{f:#_b}")
    f = await factorial(12)
    print(format(f, "020,d"), format(-f, "020,"), format(f, "_o"), format(f, "^+20,"))
    print(format(f, "n"), format(f, "%"), format(f, ",.2f"), format(f, ".3g"), format(f, "e"))
    print(format(720, "c"), format(True, "d"), format(5040, "x^10"), format(-6, "010"))


asyncio.run(main())
