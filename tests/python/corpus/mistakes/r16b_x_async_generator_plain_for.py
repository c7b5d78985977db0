# An async generator iterated with a plain for
import asyncio
async def gen():
    for i in range(3):
        yield i
async def main():
    for x in gen():
        print(x)
asyncio.run(main())
