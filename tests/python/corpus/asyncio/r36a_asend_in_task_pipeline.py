# A chain of async generators as a pipeline, one consumed by a task and closed explicitly at the end
import asyncio


async def source(n):
    for i in range(n):
        await asyncio.sleep(0.005)
        yield i


async def double(items):
    async for x in items:
        yield 2 * x


async def running_total(items):
    total = 0
    async for x in items:
        total += x
        yield total


async def main():
    pipe = running_total(double(source(5)))
    first = await asyncio.create_task(anext(pipe))
    print("first total", first)
    print("rest", [t async for t in pipe])
    await pipe.aclose()
    print(await anext(pipe, "closed"))


asyncio.run(main())
