# Two coroutines printed without await.
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def main():
    print('results:', type(worker('A')).__name__, type(worker('B')).__name__)

asyncio.run(main())
