# divmod, //, % and int() on negatives and floats, as when splitting factorials into digits.
import asyncio

async def digits_of(n):
    await asyncio.sleep(0.01)
    ds = []
    while n:
        n, d = divmod(n, 10)
        ds.append(d)
    return ds[::-1] or [0]

async def main():
    print(await asyncio.gather(digits_of(120), digits_of(0), digits_of(5040)))
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 10)]:
        print(a, b, divmod(a, b), a // b, a % b, int(a / b))
    for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5), (-0.0, 1), (1e308, 1e-308)]:
        print(a, b, divmod(a, b), a // b, a % b)
    print(-120 % 7, -(120 % 7), (-120) // 7, -(120 // 7), 2 ** -1, (-8) ** (1 / 3) if False else "skip")
    try:
        divmod(5, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        5.0 % 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        divmod(5, 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

asyncio.run(main())
