# My async logging decorator forgets to await the wrapped coroutine.
import asyncio
import functools


def logged(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged
async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial.__wrapped__(n - 1)


async def main():
    value = await factorial(5)
    print("got a", type(value).__name__)
    print(value + 1)


asyncio.run(main())
