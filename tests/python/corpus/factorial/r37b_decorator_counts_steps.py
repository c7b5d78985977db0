# A decorator for async functions that counts calls and keeps the wrapped function's name.
import asyncio
import functools


def counted(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return await func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
async def factorial(n):
    """Recursive async factorial."""
    if n <= 1:
        return 1
    await asyncio.sleep(0.005)
    return n * await factorial(n - 1)


async def main():
    print(await asyncio.gather(factorial(5), factorial(3)))
    print(factorial.__name__, factorial.__doc__, factorial.calls)
    print(factorial.__wrapped__.__name__, asyncio.iscoroutinefunction(factorial))


asyncio.run(main())
