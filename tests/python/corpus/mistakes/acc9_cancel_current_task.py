# A coroutine that cancels itself and keeps going.
import asyncio

async def main():
    asyncio.current_task().cancel()
    print("cancel requested")
    await asyncio.sleep(0.1)
    print("unreachable")

asyncio.run(main())
