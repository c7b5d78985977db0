# Student wraps errors with raise from; harness formats the chained exception with format_exception.
import asyncio, traceback, os
HERE = os.path.dirname(__file__) + os.sep

async def factorial(n):
    try:
        if n < 0:
            raise ValueError(f'bad n: {n}')
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r
    except ValueError as e:
        raise RuntimeError('factorial failed') from e

async def main():
    results = await asyncio.gather(factorial(3), factorial(-4), return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            lines = traceback.format_exception(r)
            print(''.join(lines).replace(HERE, ''), end='')
        else:
            print('value', r)

asyncio.run(main())
