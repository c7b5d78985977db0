import asyncio

async def parse(lines):
    for line in lines:
        await asyncio.sleep(0)
        yield int(line)

async def main():
    total = 0
    async for n in parse(['1', '2', 'three']):
        total += n
    print(total)

asyncio.run(main())
