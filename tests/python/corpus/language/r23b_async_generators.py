import asyncio

async def ticker(n, delay=0.01):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"  ticker({n}) cleanup")

async def squares(source):
    async for v in source:
        yield v * v

async def main():
    print([x async for x in ticker(3)])
    print([x async for x in squares(ticker(4)) if x % 2 == 0])
    agen = ticker(5)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    print(await anext(agen, "exhausted"))
    async for v in ticker(10):
        if v == 1:
            break
    print(type(agen).__name__, agen.__name__)
    gen = ticker(1)
    try:
        for x in gen:
            pass
    except TypeError as e:
        print("TypeError:", e)
    async def echo():
        received = None
        while True:
            received = yield f"echo {received}"
    e = echo()
    print(await e.asend(None), await e.asend("hi"))
    await e.aclose()
    await anext(e)

asyncio.run(main())
