# the digits of 100! wrapped into lines of 40 and grouped in fives
import asyncio
import math
import textwrap

async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)

async def main():
    digits = str(await factorial(100))
    print(textwrap.fill(digits, 40))
    groups = " ".join(digits[i:i + 5] for i in range(0, len(digits), 5))
    print(textwrap.fill(groups, width=48, initial_indent="100! = ", subsequent_indent=" " * 7))
    print(textwrap.shorten(f"The factorial of 100 is {digits}", width=40, placeholder=" ..."))
    print(digits[::-1][:10], digits.center(170, "*")[:8], f"{len(digits):^9}|")

asyncio.run(main())
