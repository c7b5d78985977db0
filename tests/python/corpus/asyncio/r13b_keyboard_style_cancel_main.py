import asyncio

async def background():
    try:
        while True:
            await asyncio.sleep(0.01)
    finally:
        print("background cleanup")

async def main():
    bg = asyncio.create_task(background())
    await asyncio.sleep(0.03)
    asyncio.current_task().cancel()
    await asyncio.sleep(1)
    print("unreachable")

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("main was cancelled")
