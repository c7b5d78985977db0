# draining a queue with get_nowait until it says it's empty
import asyncio

async def main():
    q = asyncio.Queue()
    for w in ["x", "y"]:
        await q.put(w)
    while True:
        print(q.get_nowait())

asyncio.run(main())
