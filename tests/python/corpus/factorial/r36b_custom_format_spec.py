# A result type with its own __format__: "d" for digits, "s" for short, else the int's spec.
import asyncio


class Big:
    def __init__(self, value):
        self.value = value

    def __format__(self, spec):
        text = str(self.value)
        if spec == "d":
            return f"<{len(text)} digits>"
        if spec == "s":
            return text if len(text) <= 10 else f"{text[:4]}...{text[-4:]}"
        return format(self.value, spec)


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
        if i % 5 == 0:
            await asyncio.sleep(0.001)
    return Big(v)


async def main():
    for n in (5, 15, 30):
        b = await factorial(n)
        print(f"{n:>2}! {b:d} {b:s} {b:,}")
    print(f"{b:>50_}")
    print(format(b, ""), "ok")
    print(f"{object():d}")


asyncio.run(main())
