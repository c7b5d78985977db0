import asyncio


async def stream():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        raise RuntimeError("error while closing stream")


async def main():
    s = stream()
    print(await s.__anext__())
    print("main returns with the generator suspended")


asyncio.run(main())
print("after run")
