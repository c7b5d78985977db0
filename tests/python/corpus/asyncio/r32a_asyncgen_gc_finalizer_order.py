# When does an abandoned async generator's finally run: right away or on a later tick?
import asyncio

async def source():
    try:
        for i in range(100):
            yield i
    finally:
        print("source finally")

async def main():
    async for v in source():
        if v == 1:
            break
    print("left the loop")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")

asyncio.run(main())
