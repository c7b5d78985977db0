# run_in_executor needs functools.partial for keyword arguments
import asyncio, functools
def greet(name, *, punct="!"):
    return f"hi {name}{punct}"
async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, greet, "ann", punct="?")
    except TypeError as e:
        print("TypeError:", e)
    print(await loop.run_in_executor(None, functools.partial(greet, "ann", punct="?")))
    print(await asyncio.to_thread(greet, "bob", punct="."))
asyncio.run(main())
