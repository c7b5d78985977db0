# raise ... from ... inside a coroutine; the chained traceback printed at the end
import asyncio

class ConfigError(Exception):
    pass

async def load(config, key):
    await asyncio.sleep(0.01)
    try:
        return int(config[key])
    except (KeyError, ValueError) as e:
        raise ConfigError(f'bad setting {key!r}') from e

async def main():
    config = {'workers': '4', 'delay': 'fast'}
    print(await load(config, 'workers'))
    try:
        await load(config, 'missing')
    except ConfigError as e:
        print(e, '<-', repr(e.__cause__))
    await load(config, 'delay')

asyncio.run(main())
