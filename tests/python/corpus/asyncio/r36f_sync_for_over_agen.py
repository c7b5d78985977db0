# Mistakes mixing sync and async iteration: for over an async generator, async for over a list.
import asyncio

async def rows():
    for i in range(3):
        await asyncio.sleep(0)
        yield i

async def main():
    try:
        for r in rows():
            print(r)
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for r in [1, 2, 3]:
            print(r)
    except TypeError as e:
        print("TypeError:", e)
    print([r async for r in rows()])
    try:
        list(rows())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
