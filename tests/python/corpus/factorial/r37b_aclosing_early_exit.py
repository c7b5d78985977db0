# contextlib.aclosing makes sure the factorial async generator is closed right when I break out.
import asyncio
from contextlib import aclosing


async def factorials(limit):
    f = 1
    try:
        for n in range(1, limit + 1):
            await asyncio.sleep(0.01)
            f *= n
            yield n, f
    finally:
        print(f"  generator closed (limit {limit})")


async def main():
    async with aclosing(factorials(100)) as gen:
        async for n, f in gen:
            if f > 1000:
                print("stopping at", n, f)
                break
    print("after the with block")
    gen2 = factorials(3)
    print(await gen2.__anext__())
    await gen2.aclose()
    print(await anext(gen2, "exhausted"))


asyncio.run(main())
