# raise ... from inside a gathered coroutine: both exceptions, "direct cause" between
import asyncio


class FactorialError(Exception):
    pass


async def factorial(text):
    await asyncio.sleep(0.1)
    try:
        n = int(text)
    except ValueError as e:
        raise FactorialError(f'bad input {text!r}') from e
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    print(await asyncio.gather(factorial('4'), factorial('four')))


asyncio.run(main())
