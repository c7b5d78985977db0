# StreamReader fed by hand: readline, readexactly, readuntil and IncompleteReadError
import asyncio

async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"hello\nworld;rest")
    r.feed_data(b"12345")
    r.feed_eof()
    print(await r.readline())
    print(await r.readuntil(b";"))
    print(await r.readexactly(4))
    print(r.at_eof())
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e.partial, e.expected)
    print(await r.read(), r.at_eof())

asyncio.run(main())
