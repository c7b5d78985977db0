# Exceptions chained inside a task (raise from, and during handling) print both tracebacks when uncaught.
import asyncio

class ConfigError(Exception):
    pass

async def load(key):
    await asyncio.sleep(0)
    settings = {'port': '80'}
    try:
        return int(settings[key])
    except KeyError as e:
        raise ConfigError(f'missing setting {key!r}') from e

async def main():
    print(await load('port'))
    await asyncio.gather(load('host'))

asyncio.run(main())
