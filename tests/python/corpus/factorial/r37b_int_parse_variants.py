# What does int() accept when I read the numbers as text? Underscores, spaces, signs, other digits.
import asyncio
import math


async def parse_and_fact(text):
    await asyncio.sleep(0.005)
    try:
        n = int(text)
    except ValueError as e:
        return f"{text!r}: {e}"
    if n < 0:
        return f"{text!r}: negative"
    return f"{text!r} -> {n}! = {math.factorial(n)}"


async def main():
    inputs = ["7", " 8\n", "+5", "-3", "1_0", "0b101", "٣", "5.0", "", "4 2", "0x1f"]
    for line in await asyncio.gather(*map(parse_and_fact, inputs)):
        print(line)
    print(int("0b101", 0), int("1f", 16), int("  12  "), int("z", 36))


asyncio.run(main())
