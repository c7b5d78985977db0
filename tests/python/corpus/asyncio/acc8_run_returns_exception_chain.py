# An exception raised while handling another in main: "During handling ..." through asyncio.run.
import asyncio

async def read_config():
    await asyncio.sleep(0)
    raise FileNotFoundError(2, 'No such file or directory', 'app.cfg')

async def main():
    try:
        await read_config()
    except OSError as e:
        print('errno', e.errno, 'filename', e.filename)
        defaults = {}
        return defaults['port']

asyncio.run(main())
