# Validating typed input with str.isdigit(): some Unicode "digits" surprise int().
import asyncio


async def factorial(n):
    acc = 1
    for k in range(2, n + 1):
        acc *= k
    await asyncio.sleep(0.01)
    return acc


async def handle(text):
    if not text.isdigit():
        return f"{text!r}: not a number"
    try:
        n = int(text)
    except ValueError as e:
        return f"{text!r}: isdigit() said yes but {e}"
    return f"{text!r}: {n}! = {await factorial(n)}"


async def main():
    inputs = ["5", "-3", "\u0663", "\u00b2", "\uff17", "4.0", " 6", "\u096b"]
    for line in await asyncio.gather(*map(handle, inputs)):
        print(line)
    print("isdecimal:", ["\u00b2".isdecimal(), "\u0663".isdecimal(), "\u00b2".isnumeric()])


asyncio.run(main())
