# A blocking function run in the default executor raises; the await re-raises it with its frames
import asyncio


def parse_config(text):
    key, value = text.split("=")
    return {key: int(value)}


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, parse_config, "port=80"))
    print(await asyncio.to_thread(parse_config, "retries=3"))
    await loop.run_in_executor(None, parse_config, "port=eighty")


asyncio.run(main())
