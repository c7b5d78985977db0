import asyncio


async def main():
    inbox = asyncio.Queue(maxsize=2)
    inbox.put_nowait("hello")
    inbox.put_nowait("world")
    print(inbox.qsize(), inbox.full(), inbox.maxsize)
    inbox.put_nowait("overflow")


asyncio.run(main())
