# as_completed loop printing the item without await.
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    for f in asyncio.as_completed([job(1), job(2)]):
        print('item is a coroutine:', asyncio.iscoroutine(f), type(f).__name__)
    print('loop over')

asyncio.run(main())
