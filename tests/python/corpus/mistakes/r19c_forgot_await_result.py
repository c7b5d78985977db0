# Using the result of a coroutine call without awaiting it
import asyncio

async def get_user(uid):
    await asyncio.sleep(0.01)
    return {"id": uid, "name": f"user{uid}"}

async def main():
    user = get_user(1)
    print(type(user).__name__)
    print("name:", user["name"])

asyncio.run(main())
