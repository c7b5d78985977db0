# After an aclose() the generator ignored (it yielded again), CPython 3.11
# marks it closed: athrow() and aclose() give StopAsyncIteration without
# touching its frame, while asend() and __anext__() still resume it.
import asyncio


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        yield 2
    print("resumed after the second yield")


async def main():
    for how in ("aclose", "athrow", "anext"):
        g = stubborn()
        print(how, await g.__anext__())
        try:
            await g.aclose()
        except RuntimeError as e:
            print("RuntimeError:", e)
        try:
            if how == "aclose":
                await g.aclose()
            elif how == "athrow":
                await g.athrow(ValueError("v"))
            else:
                await g.__anext__()
            print(how, "ok")
        except BaseException as e:
            print(how, "raised", type(e).__name__, e)
        print("running:", g.ag_running)
        try:
            await g.asend(None)
        except StopAsyncIteration:
            print("asend: StopAsyncIteration")
        await g.aclose()
        print("closed quietly")


asyncio.run(main())
