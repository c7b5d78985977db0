# readexactly past the end of a fed StreamReader: IncompleteReadError and its partial bytes
import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"abc")
    reader.feed_eof()
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("partial:", e.partial, "expected:", e.expected)
        print("str:", e)
        print("is EOFError:", isinstance(e, EOFError))
    r2 = asyncio.StreamReader()
    r2.feed_data(b"no separator here")
    r2.feed_eof()
    await r2.readuntil(b"\n")


asyncio.run(main())
