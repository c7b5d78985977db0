import asyncio


def read_config(path):
    with open(path) as fh:
        return fh.read()


async def main():
    print("starting")
    text = await asyncio.to_thread(read_config, "settings-does-not-exist.ini")
    print(len(text))


asyncio.run(main())
