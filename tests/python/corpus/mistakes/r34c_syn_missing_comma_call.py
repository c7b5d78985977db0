# Two arguments to a call with no comma between them
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("waited" "a bit")
    print("seconds:" 0.01)

asyncio.run(main())
