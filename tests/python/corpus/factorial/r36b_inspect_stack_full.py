# Print the call stack from inside the factorial coroutine: my frames and asyncio's own frames.
import asyncio
import inspect
import os


async def factorial(n):
    if n <= 1:
        for info in inspect.stack():
            if "asyncio" in info.filename or info.filename == __file__:
                print(f"  {os.path.basename(info.filename):<28} {info.function}")
        return 1
    await asyncio.sleep(0.01)
    return n * await factorial(n - 1)


async def main():
    print("direct await:")
    print(await factorial(2))
    print("inside a task:")
    print(await asyncio.create_task(factorial(2)))


asyncio.run(main())
