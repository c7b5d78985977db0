# A TaskGroup inside a TaskGroup's child: the inner failure arrives nested in the outer group
import asyncio

async def leaf(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError(f"leaf {n} broke")
    return n

async def branch():
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(leaf(n))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(branch())
            tg.create_task(leaf(1))
    except* RuntimeError as eg:
        print(repr(eg))
        inner = eg.exceptions[0]
        print(type(inner).__name__, "->", inner.exceptions)

asyncio.run(main())
