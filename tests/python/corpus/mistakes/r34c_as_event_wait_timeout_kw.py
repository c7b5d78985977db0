# Waiting on an asyncio.Event with a timeout keyword like threading.Event
import asyncio

async def main():
    ready = asyncio.Event()
    asyncio.get_running_loop().call_later(0.05, ready.set)
    ok = await ready.wait(timeout=1)
    print("ready:", ok)

asyncio.run(main())
