# sys.exc_info() inside an except block stays correct across an await while other tasks run
import asyncio
import sys


async def other(tag):
    try:
        raise LookupError(tag)
    except LookupError:
        await asyncio.sleep(0.01)
        print(tag, "sees", repr(sys.exc_info()[1]))
    print(tag, "after block", sys.exc_info())


async def main():
    try:
        raise ValueError("main's")
    except ValueError:
        await asyncio.gather(other("a"), other("b"))
        print("main sees", repr(sys.exc_info()[1]))
    print("main after", sys.exc_info()[0])


asyncio.run(main())
