# async for with an else clause: else runs when the loop is not broken.
import asyncio

async def countdown(n):
    while n:
        await asyncio.sleep(0)
        yield n
        n -= 1

async def find(target, n):
    async for x in countdown(n):
        if x == target:
            print("found", target)
            break
    else:
        print("not found", target)

async def main():
    await find(3, 5)
    await find(9, 5)

asyncio.run(main())
