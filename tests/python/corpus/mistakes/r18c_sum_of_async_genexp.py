import asyncio


async def size_of(path):
    await asyncio.sleep(0.01)
    return len(path) * 100


async def main():
    paths = ["a.txt", "bb.txt", "ccc.txt"]
    sizes = [await size_of(p) for p in paths]
    print("sizes:", sizes)
    total = sum(await size_of(p) for p in paths)
    print("total:", total)


asyncio.run(main())
