# waiting on an event but I left off the parentheses after wait
import asyncio

async def main():
    ready = asyncio.Event()
    asyncio.get_running_loop().call_later(0.01, ready.set)
    await ready.wait
    print("ready")

asyncio.run(main())
