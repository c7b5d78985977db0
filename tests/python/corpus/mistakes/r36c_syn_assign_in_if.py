# checking if the queue is empty with = in the if
import asyncio

async def main():
    q = asyncio.Queue()
    if q.qsize() = 0:
        print("empty")

asyncio.run(main())
