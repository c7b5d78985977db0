# a learner's own exception raised from None and from the ValueError
import asyncio

class FactorialError(Exception):
    pass

async def factorial(text):
    await asyncio.sleep(0.01)
    try:
        n = int(text)
    except ValueError as e:
        if text.strip() == "":
            raise FactorialError("empty input") from None
        raise FactorialError(f"not a number: {text!r}") from e
    return n

async def main():
    for t in ("5", " ", "five"):
        try:
            print(await factorial(t))
        except FactorialError as e:
            print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
    await factorial("six")

asyncio.run(main())
