# An uncaught error from gather that was raised while handling another one
import asyncio

async def load(key):
    data = {"a": 1}
    await asyncio.sleep(0.01)
    try:
        return data[key]
    except KeyError as e:
        raise LookupError(f"no config for {key!r}") from e

async def main():
    values = await asyncio.gather(load("a"), load("b"))
    print(values)

asyncio.run(main())
