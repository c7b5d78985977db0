import asyncio

async def lookup(users, name):
    await asyncio.sleep(0)
    try:
        return users[name]
    except KeyError:
        raise LookupError(f"no such user: {name!r}") from None

async def main():
    t = asyncio.create_task(lookup({"ann": 1}, "bob"))
    await t

asyncio.run(main())
