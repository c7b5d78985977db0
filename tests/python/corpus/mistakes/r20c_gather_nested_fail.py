# nested gather error propagation with a traceback through several coroutines
import asyncio

async def leaf(x):
    await asyncio.sleep(0)
    return {"a": 1}[x]

async def mid(xs):
    return await asyncio.gather(*(leaf(x) for x in xs))

async def main():
    print(await mid(["a"]))
    print(await asyncio.gather(mid(["a"]), mid(["a", "b"])))

asyncio.run(main())
