import asyncio

async def load(path):
    await asyncio.sleep(0)
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except FileNotFoundError as e:
        e.add_note(f"while loading config from {path}")
        raise

async def main():
    await asyncio.gather(load("settings.toml"))

asyncio.run(main())
