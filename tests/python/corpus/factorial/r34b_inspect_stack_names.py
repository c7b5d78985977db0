# Who calls my factorial? Print the function names on the call stack at the deepest point.
import asyncio
import inspect


async def factorial(n):
    if n <= 1:
        names = [frame.function for frame in inspect.stack()]
        print("stack at the base case:", names[: names.index("main") + 1])
        print("frames above main:", len(names) - names.index("main") - 1 > 0)
        return 1
    await asyncio.sleep(0.001)
    return n * await factorial(n - 1)


async def main():
    print(await factorial(4))
    print(inspect.currentframe().f_code.co_name, inspect.currentframe().f_back is None)


asyncio.run(main())
