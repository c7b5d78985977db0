# A task fails with `raise ... from ...` and nobody reads it: the log shows the whole chain at exit.
import asyncio

class ConfigError(Exception):
    pass

async def load():
    try:
        {}['missing']
    except KeyError as e:
        raise ConfigError('cannot load') from e

async def main():
    asyncio.create_task(load())
    await asyncio.sleep(0.01)
    print('main done')

asyncio.run(main())
print('exit')
