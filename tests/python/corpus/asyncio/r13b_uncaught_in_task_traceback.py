import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def main():
    values = ["1", "2", "three", "4"]
    total = 0
    for v in values:
        total += await asyncio.create_task(parse(v))
    print(total)

asyncio.run(main())
