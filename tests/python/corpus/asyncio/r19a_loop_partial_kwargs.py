# docs: scheduling functions take no keyword args; use functools.partial
import asyncio
import functools

def greet(name, *, greeting="Hello", punct="!"):
    print(f"{greeting}, {name}{punct}")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(functools.partial(greet, "world", greeting="Hi"))
    loop.call_later(0.1, functools.partial(greet, punct="?"), "later")
    loop.call_soon(greet, "positional")
    await asyncio.sleep(0.2)
    r = await loop.run_in_executor(None, functools.partial(sorted, [3, 1, 2], reverse=True))
    print(r)
    try:
        await loop.run_in_executor(None, greet, "x", "bad")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
