# async for over an asyncio.Queue, which is not an async iterable
import asyncio

async def main():
    q = asyncio.Queue()
    for word in ["a", "b"]:
        await q.put(word)
    async for item in q:
        print(item)

asyncio.run(main())
