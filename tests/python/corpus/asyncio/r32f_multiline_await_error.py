# Error inside a multi-line awaited call: how the traceback shows the call spanning lines
import asyncio

async def compute(a, b, *, scale):
    await asyncio.sleep(0.01)
    return (a + b) * scale

async def main():
    total = await compute(
        1,
        2,
        scale=3,
    )
    print("total", total)
    result = await asyncio.gather(
        compute(1, 2, scale=1),
        compute("x", 2, scale=1),
    )
    print(result)

asyncio.run(main())
