# 100! wrapped in lines of 40 digits, grouped in fives, with a zfill'd counter
import asyncio
import math
import textwrap


async def factorial(n):
    await asyncio.sleep(0.1)
    return math.factorial(n)


async def main():
    f = await factorial(100)
    s = str(f)
    for i, line in enumerate(textwrap.wrap(s, 40), start=1):
        print(str(i).zfill(2), ' '.join(line[k:k + 5] for k in range(0, len(line), 5)))
    print(textwrap.fill(' '.join(s[k:k + 10] for k in range(0, 60, 10)), width=33, initial_indent='> ', subsequent_indent='  '))
    print(textwrap.shorten(s, width=20, placeholder='...'))


asyncio.run(main())
