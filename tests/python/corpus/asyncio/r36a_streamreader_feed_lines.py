# Feed a StreamReader by hand (no network) and read lines, exact bytes and up to a separator
import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"HELLO 1\r\nworld two\nrest-of-it;tail")
    reader.feed_eof()
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.readexactly(4))
    print(await reader.readuntil(b";"))
    print(reader.at_eof())
    print(await reader.read())
    print(reader.at_eof())
    print(await reader.readline())


asyncio.run(main())
