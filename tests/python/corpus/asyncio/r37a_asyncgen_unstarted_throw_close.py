# athrow(), aclose() and asend() on an async generator that never started
import asyncio


async def gen():
    print("body started")
    try:
        yield 1
    finally:
        print("finally in gen")


async def main():
    g = gen()
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("athrow on unstarted raised:", repr(e))
    print(await anext(g, "exhausted"))
    g2 = gen()
    await g2.aclose()
    print("aclose on unstarted: no body, no finally")
    g3 = gen()
    print(await g3.asend(None))
    try:
        await g3.asend("x")
    except StopAsyncIteration:
        print("second asend ended it")
    try:
        await gen().asend(1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
