# A worker of gather fails with an AttributeError on a None result
import asyncio

def find(users, name):
    for u in users:
        if u["name"] == name:
            return u

async def greet(users, name):
    await asyncio.sleep(0.01)
    user = find(users, name)
    return user.get("title", "") + " " + name

async def main():
    users = [{"name": "ada", "title": "Dr."}]
    print(await asyncio.gather(greet(users, "ada"), greet(users, "bob")))

asyncio.run(main())
