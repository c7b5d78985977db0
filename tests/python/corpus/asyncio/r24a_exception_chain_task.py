import asyncio

class AppError(Exception):
    pass

async def parse(text):
    await asyncio.sleep(0)
    return int(text)

async def load(text):
    try:
        return await parse(text)
    except ValueError as e:
        raise AppError(f"cannot load {text!r}") from e

async def main():
    print(await load("12"))
    task = asyncio.create_task(load("twelve"))
    await task

asyncio.run(main())
