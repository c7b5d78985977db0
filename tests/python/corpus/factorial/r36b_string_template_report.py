# A report built with string.Template; a missing key with substitute vs safe_substitute.
import asyncio
from string import Template

row = Template("$n! = ${value} ($digits digits)")


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
        await asyncio.sleep(0.001)
    return v


async def main():
    for n in (4, 13, 21):
        v = await factorial(n)
        print(row.substitute(n=n, value=v, digits=len(str(v))))
    print(row.safe_substitute(n=7))
    print(Template("$$ total: $total").substitute({"total": sum([1, 2])}))
    print(row.substitute(n=3, value=6))


asyncio.run(main())
