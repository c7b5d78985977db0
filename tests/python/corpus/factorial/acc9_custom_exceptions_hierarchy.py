# An exception hierarchy for the exercise, caught by base class, with notes and chaining.
import asyncio

class FactorialError(Exception):
    pass

class NegativeError(FactorialError, ValueError):
    def __init__(self, n):
        super().__init__(f"factorial of negative number {n}")
        self.n = n

class TooBigError(FactorialError):
    def __str__(self):
        return f"too big: {self.args[0]} > {self.args[1]}"

async def factorial(n, limit=20):
    if not isinstance(n, int):
        try:
            n = int(n)
        except ValueError as e:
            raise FactorialError(f"bad input {n!r}") from e
    if n < 0:
        raise NegativeError(n)
    if n > limit:
        raise TooBigError(n, limit)
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def main():
    results = await asyncio.gather(*(factorial(x) for x in [5, -3, 25, "7", "x"]), return_exceptions=True)
    for r in results:
        if isinstance(r, FactorialError):
            print(type(r).__name__, "|", r, "|", repr(r), "|", isinstance(r, ValueError), r.__cause__)
        else:
            print("ok", r)
    try:
        await factorial("x")
    except FactorialError as e:
        e.add_note("while computing the batch")
        raise RuntimeError("batch failed") from e

asyncio.run(main())
