# Wrapping low-level errors in my own FactorialError with raise ... from.
import asyncio


class FactorialError(Exception):
    """Raised when a factorial cannot be computed."""


async def factorial(text):
    try:
        n = int(text)
    except ValueError as exc:
        raise FactorialError(f"bad input {text!r}") from exc
    await asyncio.sleep(0.01)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    for t in ["5", " 6 ", "7.0"]:
        try:
            print(t.strip(), "->", await factorial(t))
        except FactorialError as e:
            print("error:", e, "| cause:", repr(e.__cause__))
    await factorial("seven")


asyncio.run(main())
