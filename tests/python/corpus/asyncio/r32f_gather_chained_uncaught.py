# A worker re-raises a parsing error with "raise ... from"; the gather in main does not catch it
import asyncio
import json

class ConfigError(Exception):
    pass

async def load(name, text):
    await asyncio.sleep(0.01)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(f"{name} is not valid JSON") from e

async def main():
    configs = await asyncio.gather(
        load("a.json", '{"x": 1}'),
        load("b.json", '{"y": }'),
    )
    print(configs)

asyncio.run(main())
