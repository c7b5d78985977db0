# A custom FactorialError with a note added, raised from inside a task and shown uncaught.
import asyncio


class FactorialError(ValueError):
    def __init__(self, n):
        super().__init__(n)
        self.n = n

    def __str__(self):
        return f"cannot take the factorial of {self.n}"


async def factorial(n):
    if n < 0:
        err = FactorialError(n)
        err.add_note("hint: factorials are only defined for n >= 0")
        raise err
    await asyncio.sleep(0.01)
    return 1 if n == 0 else n * await factorial(n - 1)


async def main():
    print(await factorial(4))
    task = asyncio.create_task(factorial(-2))
    await task


asyncio.run(main())
