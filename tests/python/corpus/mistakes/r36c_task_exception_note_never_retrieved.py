# a background task adds a note to its error, and nobody awaits it
import asyncio

async def sync_user(uid):
    try:
        await asyncio.sleep(0.01)
        raise PermissionError("token expired")
    except PermissionError as e:
        e.add_note(f"while syncing user {uid}")
        raise

async def main():
    asyncio.create_task(sync_user(7))
    await asyncio.sleep(0.05)
    print("main finished")

asyncio.run(main())
