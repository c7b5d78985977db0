import asyncio

async def fetch(i):
    await asyncio.sleep(0)
    return i

def maybe_fetch(i):
    if i % 2 == 0:
        return fetch(i)

async def main():
    results = await asyncio.gather(*[maybe_fetch(i) for i in range(3)])
    print(results)

asyncio.run(main())
