# asyncio.run cancels a leftover task; one that ignores the cancel is still waited for
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn: ignoring the first cancel")
        await asyncio.sleep(0.05)
        print("stubborn: finished cleanup")
        return "late"

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    print("main returns")
    return "main value"

print(asyncio.run(main()))
