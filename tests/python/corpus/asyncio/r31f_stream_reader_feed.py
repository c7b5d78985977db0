# Parsing a line protocol with a StreamReader fed by hand (no network needed)
import asyncio

async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"HELLO world\r\nPING 1\r\nBYE\r\ntrailing")
    reader.feed_eof()
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd, _, arg = line.strip().partition(b" ")
        print(cmd.decode(), repr(arg))
    print(reader.at_eof())
    r2 = asyncio.StreamReader()
    r2.feed_data(b"abcdef")
    print(await r2.readexactly(3), await r2.read(2))
    r2.feed_eof()
    try:
        await r2.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e.partial, e.expected)

asyncio.run(main())
