# Breaking out of an async for: when does the async generator's finally run relative to the caller's prints?
import asyncio


async def numbers(label):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"[{label}] finally runs")


async def main():
    async for n in numbers("loop"):
        if n == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after one sleep(0)")
    g = numbers("kept")
    print(await anext(g))
    print("holding a reference, no finally yet")
    await asyncio.sleep(0.01)
    print("end of main")


asyncio.run(main())
print("after asyncio.run")
