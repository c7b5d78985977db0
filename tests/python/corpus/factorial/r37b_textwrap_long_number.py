# 70! is long, so I wrap its digits over several lines with textwrap and indent them.
import asyncio
import math
import textwrap


async def factorial(n):
    await asyncio.sleep(0.02)
    return math.factorial(n)


async def main():
    f = await factorial(70)
    digits = str(f)
    print(f"70! has {len(digits)} digits:")
    print(textwrap.fill(digits, width=30, initial_indent="  ", subsequent_indent="  "))
    grouped = " ".join(digits[i:i + 10] for i in range(0, len(digits), 10))
    print(textwrap.indent(textwrap.fill(grouped, 44), "> "))
    print(textwrap.shorten(f"{f:,}", width=40, placeholder=" ..."))


asyncio.run(main())
