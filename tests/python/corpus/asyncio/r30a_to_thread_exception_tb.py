# An exception raised in a to_thread worker: the traceback through the await
import asyncio

def parse_config(text):
    key, value = text.split("=")
    return {key: int(value)}

async def main():
    print(await asyncio.to_thread(parse_config, "retries=3"))
    print(await asyncio.to_thread(parse_config, "timeout=fast"))

asyncio.run(main())
