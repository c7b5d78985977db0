import asyncio

async def fetch_all():
    items = []
    for i in range(3):
        await asyncio.sleep(0)
        items.append(i)
        yield i

async def main():
    items = await fetch_all()
    print(items)

asyncio.run(main())
