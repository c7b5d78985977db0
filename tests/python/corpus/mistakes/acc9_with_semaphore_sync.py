# A plain with on an asyncio.Semaphore.
import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    with sem:
        print("inside")

asyncio.run(main())
