# aclose() on a suspended async generator runs its finally block
import asyncio

async def stream():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print('stream cleanup')

async def main():
    agen = stream()
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    try:
        await anext(agen)
    except StopAsyncIteration:
        print('exhausted after aclose')
    print(await anext(agen, 'default'))

asyncio.run(main())
