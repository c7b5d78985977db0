# Async generator pipeline: source -> filter -> map -> batch, David Beazley style.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i

async def only_odd(src):
    async for x in src:
        if x % 2:
            yield x

async def squared(src):
    async for x in src:
        yield x * x

async def batched(src, size):
    batch = []
    async for x in src:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

async def main():
    pipeline = batched(squared(only_odd(numbers(20))), 3)
    async for b in pipeline:
        print(b, sum(b))
    print(type(pipeline).__name__, pipeline.__name__, pipeline.__qualname__)

asyncio.run(main())
