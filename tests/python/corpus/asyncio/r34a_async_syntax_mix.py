# Async syntax odds and ends: await in f-strings, async for/else, async with two managers, return await
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def tag(name, log):
    log.append(f"<{name}>")
    yield name.upper()
    log.append(f"</{name}>")


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    log = []
    async with (tag("a", log) as a, tag("b", log) as b):
        print(f"inside {a}{b} and {await double(21)}")
    print("".join(log))
    async for i in numbers(3):
        if i == 5:
            break
    else:
        print("for-else ran, last", i)
    print([x async for x in numbers(6) if x % 2], {await double(k) for k in range(3)})
    return await double(await double(1))


print(asyncio.run(main()))
