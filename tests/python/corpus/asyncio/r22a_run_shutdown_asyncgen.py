# asyncio.run finalizes async generators left unfinished.
import asyncio

async def ticker():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        print('ticker closed')

async def main():
    gen = ticker()
    async for value in gen:
        if value == 2:
            break
    print('loop left at 2')
    global keep
    keep = gen

asyncio.run(main())
print('after run')
