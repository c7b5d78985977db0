# networking via asyncio streams: expected to fail without a server
import asyncio

async def main():
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection('127.0.0.1', 9), timeout=1)
    except (ConnectionRefusedError, OSError) as e:
        print("connection failed:", type(e).__name__)
    print("done")

asyncio.run(main())
