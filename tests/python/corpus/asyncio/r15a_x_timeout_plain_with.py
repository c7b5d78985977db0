# asyncio.timeout used with a plain 'with': the protocol error
import asyncio

async def main():
    with asyncio.timeout(1):
        await asyncio.sleep(0.1)

asyncio.run(main())
