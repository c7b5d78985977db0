# A KeyboardInterrupt raised inside the main coroutine escapes asyncio.run after cleanup.
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    print("simulating Ctrl+C")
    raise KeyboardInterrupt

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt outside asyncio.run")
asyncio.run(main())
