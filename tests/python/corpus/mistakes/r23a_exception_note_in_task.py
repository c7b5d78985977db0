import asyncio

async def process(item):
    await asyncio.sleep(0)
    try:
        return 100 // item
    except ZeroDivisionError as e:
        e.add_note(f"while processing item {item!r}")
        raise

async def main():
    results = await asyncio.gather(*(process(i) for i in [5, 0, 4]))
    print(results)

asyncio.run(main())
