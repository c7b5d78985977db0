import asyncio

async def get_admins():
    await asyncio.sleep(0)
    return ["root", "alice"]

async def main():
    user = "alice"
    if user in get_admins():
        print(user, "is an admin")

asyncio.run(main())
