# Validating text inputs before computing: digits, signs, spaces, underscores, unicode digits.
import asyncio


def parse(text):
    s = text.strip()
    if not s.lstrip("-").isdigit():
        raise ValueError(f"not a whole number: {text!r}")
    n = int(s)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


async def factorial(text):
    n = parse(text)
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def main():
    inputs = ["5", " 7 ", "-3", "1_000", "٣", "3.0", "", "Ⅻ", "²"]
    results = await asyncio.gather(*map(factorial, inputs), return_exceptions=True)
    for t, r in zip(inputs, results):
        print(f"{t!r:>8} -> {r!r}")
    print(int("1_000"), int("0x1f", 16), int("١٢"))
    print(int("5.0"))


asyncio.run(main())
