import asyncio

USERS = {1: "ada", 2: "grace", 4: "linus"}


async def fetch_user(uid):
    await asyncio.sleep(0.01 * uid)
    if uid < 0:
        raise ValueError(f"bad id {uid}")
    return USERS[uid]


async def main():
    ids = [1, 2, 3, -1, 4]
    results = await asyncio.gather(*(fetch_user(i) for i in ids), return_exceptions=True)
    for uid, res in zip(ids, results):
        if isinstance(res, Exception):
            print(f"user {uid}: failed with {type(res).__name__}: {res!r}")
        else:
            print(f"user {uid}: {res}")
    ok = [r for r in results if not isinstance(r, BaseException)]
    print(f"{len(ok)} ok, {len(results) - len(ok)} failed")


asyncio.run(main())
