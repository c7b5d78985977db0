# Printing the whole call stack from inside the factorial task, to see what asyncio does underneath.
import asyncio
import inspect
import traceback


def up_to_module(names):
    return names[: names.index("<module>") + 1]


async def factorial(n):
    if n <= 1:
        print("inspect.stack():", up_to_module([f.function for f in inspect.stack()]))
        names = [fs.name for fs in traceback.extract_stack()]
        print("extract_stack():", names[len(names) - names[::-1].index("<module>") - 1:])
        return 1
    await asyncio.sleep(0.001)
    return n * await factorial(n - 1)


async def main():
    print("frames between module and main:", len(inspect.stack()) - depth_at_module)
    print(await factorial(3))
    t = asyncio.create_task(factorial(2))
    print(await t)


depth_at_module = len(inspect.stack())
asyncio.run(main())
