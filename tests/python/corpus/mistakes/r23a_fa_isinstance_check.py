import asyncio

async def get_user():
    await asyncio.sleep(0)
    return {"name": "ann"}

async def main():
    user = get_user()
    if isinstance(user, dict):
        print("user:", user["name"])
    else:
        print("unexpected user type:", type(user).__name__)
    print("main done")

asyncio.run(main())
