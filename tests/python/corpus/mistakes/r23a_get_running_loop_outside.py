import asyncio

loop = asyncio.get_running_loop()

async def main():
    print("main")

loop.run_until_complete(main())
