# An async generator that yields in its finally block while being closed
import asyncio

async def stubborn():
    try:
        yield 1
        yield 2
    finally:
        yield "cleanup value"
        print("finally finished")

async def main():
    g = stubborn()
    print(await g.__anext__())
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        print(await g.__anext__())
    except StopAsyncIteration:
        print("exhausted")
    await g.aclose()
    print("closed quietly")

asyncio.run(main())
