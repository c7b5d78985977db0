# StreamReader fed by hand: readuntil, readexactly's IncompleteReadError and a LimitOverrunError
import asyncio


async def main():
    r = asyncio.StreamReader(limit=16)
    r.feed_data(b"HELLO\r\nWORLD;rest")
    print(await r.readuntil(b"\r\n"))
    print(await r.readuntil(b";"))
    r.feed_data(b"x" * 20)
    try:
        await r.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, "consumed", e.consumed)
    print(len(await r.read(100)))
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    print(r.at_eof(), await r.read())


asyncio.run(main())
