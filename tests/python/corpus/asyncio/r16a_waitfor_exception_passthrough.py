# wait_for passes the inner exception through untouched, with its traceback from the inner coroutine
import asyncio
import traceback

async def fails():
    await asyncio.sleep(0.05)
    raise KeyError('missing')

async def main():
    try:
        await asyncio.wait_for(fails(), 1)
    except KeyError as e:
        print('KeyError', e.args)
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print('main' in names, 'fails' in names)

asyncio.run(main())
