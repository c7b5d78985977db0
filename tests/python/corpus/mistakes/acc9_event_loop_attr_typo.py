# A misspelt loop method.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_latter(0.1, print, "hi")

asyncio.run(main())
