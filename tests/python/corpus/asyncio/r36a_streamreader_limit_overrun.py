# A StreamReader with a small limit: readuntil raises LimitOverrunError, readline a ValueError
import asyncio


async def main():
    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"0123456789abcdef\nshort\n")
    reader.feed_eof()
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e.consumed, e)
    try:
        line = await reader.readline()
        print("line:", line)
    except ValueError as e:
        print("ValueError:", e)
    print("next:", await reader.readline())


asyncio.run(main())
