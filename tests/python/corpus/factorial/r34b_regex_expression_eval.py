# Evaluate little expressions like "5! + 3!" by finding the n! parts with a regex.
import asyncio
import re


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r


async def expand(expr):
    numbers = sorted({int(m) for m in re.findall(r"(\d+)!", expr)})
    values = dict(zip(numbers, await asyncio.gather(*map(factorial, numbers))))
    return re.sub(r"(\d+)!", lambda m: str(values[int(m.group(1))]), expr)


async def main():
    for expr in ["5! + 3!", "10! / (7! * 3!)", "0! - 1!", "2 ** 3!", "4!!"]:
        expanded = await expand(expr)
        try:
            print(f"{expr:<16} => {expanded:<22} = {eval(expanded)}")
        except SyntaxError as e:
            print(f"{expr:<16} => {expanded:<22} : SyntaxError {e.msg}")
    print(re.split(r"\s*([+*/-])\s*", "5! + 3! * 2"), re.fullmatch(r"\d+!", "12!") is not None)


asyncio.run(main())
