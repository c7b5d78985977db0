# Inputs typed on other keyboards: int() accepts Unicode digits, but not superscripts or fractions.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.01)
    return r


async def main():
    raw = ["5", "٣", "５", "٦", " 4\n", "²", "½", "1_0", "0x5", "+3", "-0"]
    for text in raw:
        try:
            n = int(text)
        except ValueError as e:
            print(f"{text!r}: {e} (isdigit={text.isdigit()}, isnumeric={text.isnumeric()})")
            continue
        print(f"{text!r} -> {n} -> {await factorial(n)}")
    print(int("101", 2), int("0x1f", 16), int("z", 36), int("0o17", 0), float("1e400"))


asyncio.run(main())
