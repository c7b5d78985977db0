# Parsing text like "5! + 3! - 2!" with a regex and evaluating it with async factorials.
import asyncio
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+)!|(?P<op>[+\-*]))")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r


async def evaluate(text):
    parts = [m.groupdict() for m in TOKEN.finditer(text)]
    nums = [int(p["num"]) for p in parts if p["num"]]
    ops = [p["op"] for p in parts if p["op"]]
    values = await asyncio.gather(*map(factorial, nums))
    total = values[0]
    for op, v in zip(ops, values[1:]):
        total = total + v if op == "+" else total - v if op == "-" else total * v
    return total


async def main():
    for text in ["5! + 3! - 2!", "4! * 3!", "10!", "7! - 6! * 2!"]:
        print(f"{text:<14} = {await evaluate(text)}")
    print(re.findall(r"(\d+)!", "1! 22! x! 333!"), re.sub(r"(\d+)!", r"fact(\1)", "3! + 4!"))
    print(await evaluate("hello"))


asyncio.run(main())
