import asyncio


async def main():
    q = asyncio.Queue()
    q.put("a")
    print("size after un-awaited put:", q.qsize())
    item = q.get()
    print(type(item).__name__)
    print(item.upper())


asyncio.run(main())
