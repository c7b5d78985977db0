# Parse expressions like "5!" and "10 !" with a regular expression, then compute them.
import asyncio
import re

PATTERN = re.compile(r"^\s*(?P<n>-?\d+)\s*!\s*$")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r


async def evaluate(text):
    m = PATTERN.match(text)
    if m is None:
        return f"{text!r}: not an expression like '5!'"
    n = int(m.group("n"))
    if n < 0:
        return f"{text!r}: negative"
    return f"{text.strip()} = {await factorial(n)}"


async def main():
    exprs = ["5!", " 10 ! ", "3", "-4!", "7!!", "0!"]
    for line in await asyncio.gather(*map(evaluate, exprs)):
        print(line)
    print(PATTERN.findall("5!"), re.sub(r"(\d+)!", r"fact(\1)", "3! + 4! = 30"))


asyncio.run(main())
