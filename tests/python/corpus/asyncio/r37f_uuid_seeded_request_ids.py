# Request ids made reproducible in tests: uuid.UUID built from a seeded random, carried in a contextvar
import asyncio
import contextvars
import random
import uuid

random.seed(99)
rid = contextvars.ContextVar("rid")

def new_id():
    return uuid.UUID(int=random.getrandbits(128), version=4)

async def handler(path):
    rid.set(new_id())
    await asyncio.sleep(0)
    return f"{path} handled by {str(rid.get())[:8]}"

async def main():
    for line in await asyncio.gather(*(handler(p) for p in ("/a", "/b", "/c"))):
        print(line)
    u = new_id()
    print(u.version, u.variant, len(u.hex), u == uuid.UUID(str(u)))
    print(uuid.UUID("12345678-1234-5678-1234-567812345678").int % 1000)

asyncio.run(main())
