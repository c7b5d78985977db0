import asyncio


def parse_config(text):
    key, value = text.split("=")
    return {key: int(value)}


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, parse_config, "workers=4"))
    print(await loop.run_in_executor(None, parse_config, "workers=four"))


asyncio.run(main())
