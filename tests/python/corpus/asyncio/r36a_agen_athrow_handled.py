# athrow() into an async generator that catches the error and yields a recovery value
import asyncio


async def reader():
    n = 0
    while True:
        try:
            yield f"line {n}"
            n += 1
        except ValueError as e:
            print("generator recovered from", repr(e))
            yield "recovered"
        except KeyError:
            return


async def main():
    g = reader()
    print(await anext(g))
    print(await anext(g))
    print(await g.athrow(ValueError("bad byte")))
    print(await anext(g))
    try:
        await g.athrow(KeyError, KeyError("stop"))
    except StopAsyncIteration:
        print("generator stopped")
    print(await g.athrow(ValueError("after end")))


asyncio.run(main())
