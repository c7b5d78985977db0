# Two coroutines await the same task: both get the result, or both get the same exception
import asyncio

async def fetch_user(uid):
    await asyncio.sleep(0.02)
    if uid < 0:
        raise LookupError(f"no user {uid}")
    return {"id": uid, "name": f"user{uid}"}

async def consumer(label, task):
    try:
        user = await task
        print(label, "got", user)
    except LookupError as e:
        print(label, "error", e, id(e) % 1 == 0)
        return e

async def main():
    t = asyncio.create_task(fetch_user(7))
    await asyncio.gather(consumer("A", t), consumer("B", t))
    bad = asyncio.create_task(fetch_user(-1))
    e1, e2 = await asyncio.gather(consumer("A", bad), consumer("B", bad))
    print("same exception object:", e1 is e2)

asyncio.run(main())
