# A FactorialError of our own raised from the ValueError, uncaught at the end.
import asyncio


class FactorialError(Exception):
    def __init__(self, n, reason):
        super().__init__(n, reason)
        self.n = n
        self.reason = reason

    def __str__(self):
        return f"cannot compute {self.n}!: {self.reason}"


async def factorial(n):
    try:
        n = int(n)
        if n < 0:
            raise ValueError("negative input")
    except ValueError as e:
        raise FactorialError(n, e) from e
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)


async def main():
    print(await factorial("6"))
    try:
        await factorial("six")
    except FactorialError as e:
        print(e, "| cause:", repr(e.__cause__), "| args:", e.args[0])
    await factorial(-3)


asyncio.run(main())
