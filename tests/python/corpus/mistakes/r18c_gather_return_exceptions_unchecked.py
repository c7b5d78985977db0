import asyncio

USERS = {1: {"name": "ada"}, 2: {"name": "bob"}}


async def load_user(uid):
    await asyncio.sleep(0.01)
    return USERS[uid]


async def main():
    results = await asyncio.gather(
        *(load_user(uid) for uid in [1, 2, 3]),
        return_exceptions=True,
    )
    for r in results:
        print(type(r).__name__, r)
    names = [r["name"] for r in results]
    print(names)


asyncio.run(main())
