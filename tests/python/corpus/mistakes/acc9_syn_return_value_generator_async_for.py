# async for in a plain generator.
import asyncio

async def source():
    yield 1

def collect():
    async for x in source():
        yield x

print(list(collect()))
