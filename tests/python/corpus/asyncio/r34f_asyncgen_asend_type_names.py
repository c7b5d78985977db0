# What do asend(), athrow() and __anext__() return? Type names a curious learner prints.
import asyncio

async def agen():
    try:
        x = yield 1
        print("received", x)
        yield 2
    except KeyError as e:
        print("caught", repr(e))
        yield 3

async def main():
    g = agen()
    aw = g.__anext__()
    print(type(aw).__name__, type(g.asend(None)).__name__, type(g.athrow(KeyError)).__name__)
    print(await aw)
    print(await g.asend("hello"))
    print(await g.athrow(KeyError("k")))
    print(type(g.aclose()).__name__)
    await g.aclose()
    print(g.ag_frame, g.ag_running, g.__name__, g.__qualname__)

asyncio.run(main())
