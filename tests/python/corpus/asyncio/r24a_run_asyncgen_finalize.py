import asyncio

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker finalizing")
        await asyncio.sleep(0)
        print("ticker finalized")

gens = []

async def main():
    g = ticker(10)
    gens.append(g)
    async for v in g:
        print("value", v)
        if v == 2:
            break
    print("main leaving")

asyncio.run(main())
print("after run")
