# a StreamReader fed by hand: readline, readexactly, readuntil and EOF
import asyncio

async def main():
    r = asyncio.StreamReader()
    r.feed_data(b'first line\nsecond')
    print(await r.readline())
    asyncio.get_running_loop().call_later(0.01, r.feed_data, b' half\nabc;def;')
    print(await r.readline())
    print(await r.readuntil(b';'))
    print(await r.readexactly(3))
    r.feed_data(b'tail')
    r.feed_eof()
    print('at_eof:', r.at_eof())
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e.partial, e.expected)
    print(await r.read(), r.at_eof())
    print(await r.readline())

asyncio.run(main())
