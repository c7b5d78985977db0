# run_in_executor with a plain function, a partial, and a function that raises
import asyncio
import functools

def square(x):
    return x * x

def power(base, exp=2):
    return base ** exp

def fails(msg):
    raise PermissionError(msg)

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, square, 7))
    print(await loop.run_in_executor(None, functools.partial(power, 2, exp=10)))
    results = await asyncio.gather(*(loop.run_in_executor(None, square, i) for i in range(5)))
    print(results)
    fut = loop.run_in_executor(None, fails, "no access")
    print(type(fut).__name__)
    await fut

asyncio.run(main())
