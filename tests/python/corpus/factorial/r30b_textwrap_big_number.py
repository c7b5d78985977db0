# 100! is too wide to print on one line, so I wrap its digits in groups.
import asyncio
import textwrap


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        if i % 25 == 0:
            await asyncio.sleep(0.01)
    return f


async def main():
    big = await factorial(100)
    s = str(big)
    print(len(s), "digits")
    for line in textwrap.wrap(s, 40):
        print(line)
    grouped = " ".join(s[i:i + 10] for i in range(0, len(s), 10))
    print(textwrap.fill(grouped, width=55, initial_indent="100! = ", subsequent_indent="       "))
    print(textwrap.shorten(f"{big:,}", width=30, placeholder=" ..."))
    print(textwrap.indent("first\nsecond", "> "))


asyncio.run(main())
