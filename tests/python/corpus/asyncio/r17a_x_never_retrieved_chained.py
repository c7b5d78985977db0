# a never-retrieved task exception with a cause and a note is logged with both
import asyncio
import gc

async def load(path):
    try:
        {}['config'][path]
    except KeyError as e:
        err = RuntimeError(f'cannot load {path}')
        err.add_note('check the settings file')
        raise err from e

async def main():
    t = asyncio.create_task(load('db'))
    await asyncio.sleep(0.01)
    t = None
    gc.collect()
    print('main continues')

asyncio.run(main())
