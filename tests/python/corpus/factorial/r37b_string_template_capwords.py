# Report lines built with string.Template (safe and strict) and string.capwords.
import asyncio
import math
import string

line = string.Template("$name: ${n}! = $value")


async def fact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    for n in (5, 8):
        print(line.substitute(name=string.capwords("factorial result"), n=n, value=await fact(n)))
    print(line.safe_substitute(n=3))
    print(string.Formatter().format("{0:>5}|{n:<5}|", 7, n=await fact(3)))
    print(string.digits, string.ascii_uppercase[:5], line.get_identifiers())
    print(line.substitute(n=4))


asyncio.run(main())
