import asyncio

async def load(path):
    await asyncio.sleep(0)
    raise FileNotFoundError(2, 'No such file or directory', path)

async def main():
    await asyncio.wait_for(load('data.csv'), timeout=1)

asyncio.run(main())
