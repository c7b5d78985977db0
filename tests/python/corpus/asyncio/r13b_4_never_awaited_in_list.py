import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    return i

async def main():
    coros = [fetch(i) for i in range(3)]
    first = await coros[0]
    print("only awaited the first:", first)

asyncio.run(main())
print("after run")
