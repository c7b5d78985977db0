# enum.Flag permissions checked by an async request handler decorator
import asyncio
import functools
from enum import Flag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()
    EDITOR = READ | WRITE

def requires(perm):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(user, *args):
            if perm not in user["perms"]:
                raise PermissionError(f"{user['name']} lacks {perm.name}")
            return await fn(user, *args)
        return wrapper
    return deco

@requires(Perm.WRITE)
async def save(user, doc):
    await asyncio.sleep(0)
    return f"{user['name']} saved {doc}"

async def main():
    alice = {"name": "alice", "perms": Perm.EDITOR}
    bob = {"name": "bob", "perms": Perm.READ}
    print(Perm.EDITOR, list(Perm.EDITOR), Perm.READ | Perm.ADMIN)
    results = await asyncio.gather(save(alice, "a.txt"), save(bob, "b.txt"), return_exceptions=True)
    for r in results:
        print(repr(r))
    print(bool(Perm.READ & Perm.WRITE), Perm(3), ~Perm.READ)

asyncio.run(main())
