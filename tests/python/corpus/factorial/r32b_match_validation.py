# match statement sorts out the input types before computing factorials.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def handle(item):
    match item:
        case bool():
            return f"{item!r}: booleans not allowed"
        case int(n) if n < 0:
            return f"{n}: negative"
        case int(n):
            return f"{n}! = {await factorial(n)}"
        case str(s) if s.isdigit():
            return f"'{s}' -> {await factorial(int(s))}"
        case [first, *rest]:
            return f"list: first {first}! = {await factorial(first)}, {len(rest)} more"
        case _:
            return f"{item!r}: unsupported {type(item).__name__}"


async def main():
    items = [5, -2, True, "4", "x", [3, 9, 9], 2.0, None]
    for line in await asyncio.gather(*map(handle, items)):
        print(line)


asyncio.run(main())
