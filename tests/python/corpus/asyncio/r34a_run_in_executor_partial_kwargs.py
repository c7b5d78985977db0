# run_in_executor takes no keyword arguments: a partial fixes that; to_thread takes them directly
import asyncio
import functools


def render(template, *, name, times=1):
    return (template.format(name=name) + " ") * times


async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, functools.partial(render, "hi {name}", name="ann", times=2))
    print(repr(r1))
    r2 = await asyncio.to_thread(render, "bye {name}", name="bob")
    print(repr(r2))
    try:
        await loop.run_in_executor(None, render, "x", name="z")
    except TypeError as e:
        print("TypeError:", e)
    await loop.run_in_executor(None, render, "{name}")


asyncio.run(main())
