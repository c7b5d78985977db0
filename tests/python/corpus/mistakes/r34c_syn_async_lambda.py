# Wanted an async lambda to pass as a quick callback coroutine
import asyncio

handler = async lambda x: await asyncio.sleep(x)

async def main():
    await handler(0.01)
    print("ok")

asyncio.run(main())
