# KeyboardInterrupt raised inside main: asyncio.run cancels the rest, the traceback reaches the top
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.05)
    raise KeyboardInterrupt

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("interrupted, exiting cleanly")
