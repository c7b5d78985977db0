# An async generator that yields again while being closed: aclose() raises RuntimeError; then a second aclose
import asyncio


async def stubborn():
    refusals = 0
    while True:
        try:
            yield "value"
        except GeneratorExit:
            refusals += 1
            if refusals > 1:
                print("second GeneratorExit: giving up")
                return
            print("got GeneratorExit, yielding anyway")
            yield "refuse"


async def main():
    g = stubborn()
    print(await anext(g))
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("ag_frame still there:", g.ag_frame is not None)
    try:
        await g.aclose()
    except BaseException as e:
        print("second aclose raised", type(e).__name__)
    print("closed now:", g.ag_frame is None)
    g2 = stubborn()
    await anext(g2)
    print("athrow(GeneratorExit) returned", await g2.athrow(GeneratorExit))


asyncio.run(main())
