# run_in_executor takes no keywords: functools.partial passes them, as the docs advise
import asyncio
import functools

def greet(name, *, punctuation="."):
    return f"Hello, {name}{punctuation}"

async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, greet, "Ada")
    r2 = await loop.run_in_executor(None, functools.partial(greet, "Bob", punctuation="!"))
    print(r1)
    print(r2)
    try:
        await loop.run_in_executor(None, greet, "Cy", punctuation="?")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
