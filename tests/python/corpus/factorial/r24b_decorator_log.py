import asyncio
import functools

def logged(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = await func(*args, **kwargs)
        print(f"<- {func.__name__}{args} = {result}")
        return result
    return wrapper

@logged
async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def main():
    print(await asyncio.gather(factorial(3), factorial(5)))
    print(factorial.__name__)

asyncio.run(main())
