# An async generator closed early: finally runs, later anext raises StopAsyncIteration
import asyncio


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("ticker cleanup")


async def main():
    gen = ticker(10)
    print(await anext(gen), await anext(gen))
    await gen.aclose()
    print("closed; ag_running:", gen.ag_running)
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    print(await anext(gen, "default"))
    await gen.aclose()
    print("second aclose is fine")


asyncio.run(main())
