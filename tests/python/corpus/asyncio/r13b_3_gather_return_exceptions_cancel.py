import asyncio

async def slow(n):
    await asyncio.sleep(n)
    return n

async def main():
    g = asyncio.gather(slow(0.01), slow(1), return_exceptions=True)
    await asyncio.sleep(0.02)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather itself cancelled")
    print(g.cancelled())

asyncio.run(main())
