# Wrapping a very long factorial into lines of 60 digits with textwrap, plus grouping by 3.
import asyncio
import math
import textwrap


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    f = await factorial(150)
    s = str(f)
    print(f"150! has {len(s)} digits:")
    print(textwrap.fill(s, width=60))
    for line in textwrap.wrap(f"{f:,}", 72, break_on_hyphens=False)[:3]:
        print(line)
    print(textwrap.shorten("150! = " + " ".join(textwrap.wrap(s, 10)), width=50, placeholder=" ..."))
    print(textwrap.indent(textwrap.fill(str(await factorial(40)), 16), "  > "))


asyncio.run(main())
