# run_in_executor takes no keyword arguments for the function: the usual mistake and its fix with partial
import asyncio
import functools


def greet(name, *, punctuation="."):
    return f"hello {name}{punctuation}"


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, greet, "ada"))
    print(await loop.run_in_executor(None, functools.partial(greet, "bob", punctuation="!")))
    print(await asyncio.to_thread(greet, "cy", punctuation="?"))
    print(await loop.run_in_executor(None, greet, "dee", punctuation="!!"))


asyncio.run(main())
