import asyncio

async def a():
    print("a1")
    r = await asyncio.sleep(0, result="a-result")
    print("a2", r)
    r = await asyncio.sleep(0.01, "late")
    print("a3", r)

async def b():
    print("b1")
    await asyncio.sleep(0)
    print("b2")
    await asyncio.sleep(0)
    print("b3")

async def main():
    await asyncio.gather(a(), b())

asyncio.run(main())
