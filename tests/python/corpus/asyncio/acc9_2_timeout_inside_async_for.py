# asyncio.timeout around each step of an async for; the generator is closed when the loop is left by TimeoutError.
import asyncio

async def ticker():
    try:
        for i in range(10):
            await asyncio.sleep(0.01 if i < 3 else 0.5)
            yield i
    finally:
        print('ticker closed')

async def main():
    got = []
    gen = ticker()
    try:
        while True:
            async with asyncio.timeout(0.1):
                got.append(await anext(gen))
    except TimeoutError:
        print('timed out after', got)
    await gen.aclose()
    print('closed:', gen.ag_frame is None)
    async for x in ticker():
        if x == 1:
            break
    print('after break')

asyncio.run(main())
