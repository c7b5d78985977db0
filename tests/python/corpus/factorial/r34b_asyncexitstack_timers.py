# An AsyncExitStack that enters a timer context for each factorial and closes them in reverse.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def section(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("  ", name, "saw", e)
        raise
    finally:
        await asyncio.sleep(0.01)
        print("exit", name)


async def factorial(n):
    if n < 0:
        raise ValueError(f"bad {n}")
    return 1 if n < 2 else n * await factorial(n - 1)


async def main():
    async with contextlib.AsyncExitStack() as stack:
        for n in (3, 5):
            label = await stack.enter_async_context(section(f"fact{n}"))
            print(label, await factorial(n))
        stack.callback(print, "plain callback")
    with contextlib.suppress(ValueError):
        async with section("neg"):
            await factorial(-1)
    print("suppressed, carrying on")


asyncio.run(main())
