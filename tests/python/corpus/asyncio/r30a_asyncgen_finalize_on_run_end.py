# An async generator left unfinished is closed by asyncio.run's shutdown_asyncgens
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.01)
    finally:
        print("ticker cleanup")
        await asyncio.sleep(0.01)
        print("ticker cleanup done")

agen = None

async def main():
    global agen
    agen = ticker(10)
    async for v in agen:
        print("tick", v)
        if v == 2:
            break
    print("main returns")

asyncio.run(main())
print("after run")
