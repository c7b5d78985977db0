# A StreamReader fed by hand: readline, readexactly and readuntil without any socket
import asyncio

async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"first line\nsecond line\nabc;def")
    r.feed_eof()
    print(await r.readline())
    print(await r.readexactly(6))
    print(await r.readuntil(b";"))
    print(await r.read())
    print(r.at_eof())
    r2 = asyncio.StreamReader()
    r2.feed_data(b"short")
    r2.feed_eof()
    try:
        await r2.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)

asyncio.run(main())
