import asyncio

async def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    finally:
        print("gen cleanup")

async def main():
    g = gen()
    print(await g.asend(None))
    print(await g.athrow(ValueError("injected")))
    await g.aclose()
    print("closed")
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    g2 = gen()
    try:
        await g2.asend("x")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
