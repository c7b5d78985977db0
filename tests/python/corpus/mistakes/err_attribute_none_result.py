import asyncio

async def find_user(users, name):
    await asyncio.sleep(0)
    for u in users:
        if u["name"] == name:
            return u

async def main():
    users = [{"name": "ann", "age": 3}]
    u = await find_user(users, "bob")
    print(u)
    print(u.get("age"))

asyncio.run(main())
