# docs "Developing with asyncio": dev mode and debug defaults seen from a program
import asyncio
import sys

async def main():
    loop = asyncio.get_running_loop()
    print("dev_mode:", sys.flags.dev_mode, "debug:", loop.get_debug())
    print("ignore_environment:", sys.flags.ignore_environment)
    loop.set_debug(True)
    print("debug now:", loop.get_debug())

asyncio.run(main())
