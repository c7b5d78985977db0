# A data pipeline of async generators: source -> parse -> filter -> batch.
import asyncio

async def source(lines):
    for line in lines:
        await asyncio.sleep(0)
        yield line

async def parse(agen):
    async for line in agen:
        name, _, value = line.partition("=")
        yield name.strip(), int(value)

async def only_even(agen):
    async for name, value in agen:
        if value % 2 == 0:
            yield name, value

async def batch(agen, size):
    buf = []
    async for item in agen:
        buf.append(item)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

async def main():
    data = ["a=1", "b = 2", "c=4", "d=7", "e=10", "f=12", "g=13", "h=14"]
    async for group in batch(only_even(parse(source(data))), 2):
        print(group)
    bad = ["x=1", "y=oops"]
    async for item in parse(source(bad)):
        print(item)

asyncio.run(main())
