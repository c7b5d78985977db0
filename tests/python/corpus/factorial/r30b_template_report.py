# Build a text report with string.Template and str.format_map.
import asyncio
from string import Template


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def main():
    nums = [5, 7, 3]
    values = await asyncio.gather(*map(factorial, nums))
    t = Template("$n! = $value ($digits digits)")
    for n, v in zip(nums, values):
        print(t.substitute(n=n, value=v, digits=len(str(v))))
    print(Template("$$ $who costs ${amount}x").safe_substitute(who="5!"))
    print("{n}! is {v:,}".format_map({"n": 7, "v": values[1]}))
    print(t.substitute(n=1))


asyncio.run(main())
