# An exception in a call_soon callback goes to the default handler; the loop carries on
import asyncio

def parse_config(text):
    key, value = text.split("=")
    print("parsed", key, value)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(parse_config, "debug=1")
    loop.call_soon(parse_config, "broken line")
    loop.call_later(0.05, parse_config, "level=3")
    await asyncio.sleep(0.1)
    print("main still running")

asyncio.run(main())
