import asyncio

def lines():
    try:
        for i in range(5):
            yield i
    finally:
        print("gen closed")

async def agen():
    try:
        for i in range(5):
            await asyncio.sleep(0)
            yield i
    finally:
        print("agen closed")

async def main():
    for x in lines():
        if x == 2:
            break
    print("after sync loop")
    async for x in agen():
        if x == 2:
            break
    print("after async loop")
    await asyncio.sleep(0)
    print("after sleep")
    g = lines()
    next(g)
    g = None
    print("after drop")

asyncio.run(main())
