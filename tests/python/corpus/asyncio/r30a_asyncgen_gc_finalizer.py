# Dropping a half-used async generator inside the loop: its finally runs via the finalizer hook
import asyncio
import gc

async def resource(name):
    print(name, "open")
    try:
        for i in range(5):
            yield i
    finally:
        print(name, "closed")

async def main():
    g = resource("A")
    print(await g.__anext__())
    del g
    gc.collect()
    print("dropped A")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after a loop turn")
    async for x in resource("B"):
        break
    print("broke out of B")
    await asyncio.sleep(0)
    print("end of main")

asyncio.run(main())
