# An async generator with try/finally broken out of early, closed with aclose, and athrow
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield f"{name}{i}"
    finally:
        print(f"  {name} cleanup")


async def main():
    async for t in ticker("a", 5):
        print(t)
        if t == "a1":
            break
    await asyncio.sleep(0.01)
    print("after break")
    g = ticker("b", 5)
    print(await g.__anext__())
    await g.aclose()
    print("closed b")
    h = ticker("c", 3)
    print(await anext(h))
    try:
        await h.athrow(ValueError("stop c"))
    except ValueError as e:
        print("athrow raised:", e)
    print([x async for x in ticker("d", 2)])


asyncio.run(main())
