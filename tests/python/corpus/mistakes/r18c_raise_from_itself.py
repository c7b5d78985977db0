import asyncio


async def load(path):
    await asyncio.sleep(0)
    raise FileNotFoundError(path)


async def main():
    try:
        await load("cfg.toml")
    except FileNotFoundError as exc:
        print("could not load:", exc)
        raise exc from exc


asyncio.run(main())
