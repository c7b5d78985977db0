# Wrapping a low-level error in my own exception with "raise ... from", left uncaught in gather.
import asyncio


class InputError(Exception):
    pass


async def parse(text):
    await asyncio.sleep(0.01)
    try:
        return int(text)
    except ValueError as e:
        raise InputError(f"bad number {text!r}") from e


async def factorial_of(text):
    n = await parse(text)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    print(await asyncio.gather(factorial_of("5"), factorial_of("7")))
    print(await asyncio.gather(factorial_of("5"), factorial_of("seven")))


asyncio.run(main())
