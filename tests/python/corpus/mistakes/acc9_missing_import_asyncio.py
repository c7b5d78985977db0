# A coroutine run without importing asyncio.
async def main():
    print("hello")

asyncio.run(main())
