# the worker warns when the input is suspicious instead of failing
import asyncio
import warnings

async def factorial(n):
    if n > 12:
        warnings.warn(f'{n}! is big', stacklevel=1)
    if isinstance(n, float):
        warnings.warn('float input', DeprecationWarning)
        n = int(n)
    await asyncio.sleep(0.01)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

async def main():
    print(await asyncio.gather(factorial(3), factorial(13), factorial(4.0), factorial(20)))

warnings.simplefilter('always')
asyncio.run(main())
