# An error deep in a chain of awaits (through gather) and the traceback it produces.
import asyncio

async def parse_config(text):
    await asyncio.sleep(0)
    key, value = text.split("=")
    return key, int(value)

async def load(name, text):
    return await parse_config(text)

async def load_all(configs):
    return await asyncio.gather(*(load(n, t) for n, t in configs.items()))

async def main():
    print(await load_all({"a": "x=1", "b": "y=2"}))
    await load_all({"a": "x=1", "b": "y=2=3"})

asyncio.run(main())
