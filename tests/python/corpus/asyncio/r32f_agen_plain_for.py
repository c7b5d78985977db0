# Mixing up sync and async iteration: for over an async generator, async for over a generator
import asyncio

async def agen():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i

def gen():
    yield from range(3)

async def main():
    try:
        for x in agen():
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in gen():
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    print(list(gen()), [x async for x in agen()])
    print(sum(x for x in gen()))
    print(sum([x async for x in agen()]))

asyncio.run(main())
