import asyncio


async def server():
    try:
        while True:
            await asyncio.sleep(0.01)
    finally:
        print("server shutting down cleanly")


async def main():
    task = asyncio.create_task(server())
    await asyncio.sleep(0.03)
    raise KeyboardInterrupt


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Interrupted by user")
