# Pulling one item too many from an async generator with anext()
import asyncio

async def batches():
    for i in range(2):
        await asyncio.sleep(0.01)
        yield [i, i + 1]

async def main():
    gen = batches()
    print(await anext(gen))
    print(await anext(gen))
    print(await anext(gen))

asyncio.run(main())
