# An asynccontextmanager that announces the start and end of a block of factorial work.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def section(name):
    print(f"--> {name}")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print(f"    {name} hid an error: {e}")
    finally:
        print(f"<-- {name}")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    async with section("small") as tag:
        print(tag, await factorial(4))
    async with section("broken"):
        print(await factorial(3) / 0)
    async with section("bad"):
        await factorial("3")


asyncio.run(main())
