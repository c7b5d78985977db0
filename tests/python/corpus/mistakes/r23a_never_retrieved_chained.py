import asyncio

async def read_config(text):
    await asyncio.sleep(0)
    try:
        return dict(line.split("=") for line in text.splitlines())
    except ValueError as e:
        raise RuntimeError("config is malformed") from e

async def main():
    asyncio.create_task(read_config("a=1\nb\nc=3"))
    await asyncio.sleep(0.01)
    print("main finished")

asyncio.run(main())
