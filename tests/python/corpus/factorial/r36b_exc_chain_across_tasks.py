# Wrap low-level errors in my own exception with raise ... from, inside tasks; inspect the chain.
import asyncio


class FactorialError(Exception):
    def __init__(self, n, reason):
        super().__init__(f"cannot compute {n}!: {reason}")
        self.n = n


async def factorial(n):
    try:
        r = 1
        for i in range(2, int(n) + 1):
            r *= i
        await asyncio.sleep(0.01)
        return r
    except (TypeError, ValueError) as e:
        raise FactorialError(n, type(e).__name__) from e


async def main():
    out = await asyncio.gather(*(factorial(x) for x in ["4", "four", None, 3.9]), return_exceptions=True)
    for r in out:
        if isinstance(r, FactorialError):
            print(r, "| cause:", repr(r.__cause__), "| context is cause:", r.__context__ is r.__cause__)
        else:
            print("ok:", r)
    raise out[1]


asyncio.run(main())
