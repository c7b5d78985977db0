# async for over a StreamReader yields its lines; an exception set on it surfaces in the loop
import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"one\ntwo\nthree")
    reader.feed_eof()
    async for line in reader:
        print(line.decode().strip())
    broken = asyncio.StreamReader()
    broken.feed_data(b"ok\n")
    broken.set_exception(ConnectionResetError("peer went away"))
    async for line in broken:
        print("never:", line)


asyncio.run(main())
