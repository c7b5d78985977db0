# A task consuming an async generator cancelled with a message: the generator's finally runs first
import asyncio

async def source():
    try:
        n = 0
        while True:
            await asyncio.sleep(0.2)
            yield n
            n += 1
    finally:
        print('source closed')

async def consumer():
    try:
        async for x in source():
            print('item', x)
    except asyncio.CancelledError as e:
        print('consumer', e.args)
        raise

async def main():
    c = asyncio.create_task(consumer())
    await asyncio.sleep(0.5)
    c.cancel('done reading')
    r = await asyncio.gather(c, return_exceptions=True)
    print(type(r[0]).__name__)

asyncio.run(main())
