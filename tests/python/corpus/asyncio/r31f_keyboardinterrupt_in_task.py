# A task raising KeyboardInterrupt: asyncio.run propagates it to the caller
import asyncio

async def interrupter():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def main():
    t = asyncio.create_task(interrupter())
    try:
        await asyncio.sleep(0.5)
    finally:
        print("main's finally, task done:", t.done())

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Ctrl-C handled at top level")
