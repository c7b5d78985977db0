# Async generator left early with break: when does its finally run?
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("ticker cleanup")

async def main():
    async for i in ticker(10):
        print("got", i)
        if i == 2:
            break
    print("after loop")
    gen = ticker(5)
    print(await gen.__anext__())
    await gen.aclose()
    print("after aclose")
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")

asyncio.run(main())
print("after run")
