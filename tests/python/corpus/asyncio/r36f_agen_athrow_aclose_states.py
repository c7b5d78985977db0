# Drive an async generator with athrow and aclose and watch its finally and except blocks.
import asyncio

async def resilient():
    n = 0
    while True:
        try:
            await asyncio.sleep(0)
            yield n
            n += 1
        except ValueError as e:
            print("generator recovered from", e)
            n = 100
        finally:
            print("finally at", n)

async def main():
    g = resilient()
    print(await g.asend(None))
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad input")))
    print(await anext(g))
    await g.aclose()
    print("ag_running:", g.ag_running, "frame:", g.ag_frame)
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("closed generator stops")

asyncio.run(main())
