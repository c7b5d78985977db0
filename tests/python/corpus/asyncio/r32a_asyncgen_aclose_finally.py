# Async generator: break out of async for, then aclose() runs the finally block
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.001)
            yield i
    finally:
        print("ticker finalised")

async def main():
    gen = ticker(10)
    async for v in gen:
        print("got", v)
        if v == 2:
            break
    print("loop left; closing explicitly")
    await gen.aclose()
    print("after aclose")
    print(await anext(gen, "exhausted"))

asyncio.run(main())
