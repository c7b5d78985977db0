import asyncio

async def reader(lines):
    for line in lines:
        await asyncio.sleep(0)
        yield line

async def parser(source):
    async for line in source:
        key, value = line.split("=")
        yield key.strip(), int(value)

async def main():
    config = {}
    async for k, v in parser(reader(["a = 1", "b = 2", "c: 3", "d = 4"])):
        config[k] = v
    print(config)

asyncio.run(main())
