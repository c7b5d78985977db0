import asyncio

def show(obj):
    return repr(obj).replace(__file__, "FILE")

def short(t):
    r = show(t)
    return r.split(" coro=")[0] + (">" if " coro=" in r else "")

async def job(x):
    await asyncio.sleep(0.01)
    if x == "bad":
        raise ValueError(x)
    return x

async def main():
    t1 = asyncio.create_task(job("ok"), name="good-task")
    t2 = asyncio.create_task(job("bad"), name="bad-task")
    t3 = asyncio.create_task(job("ok"))
    print(short(t1))
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0.02)
    print(show(t1))
    print(show(t2))
    print(show(t3))
    t2.exception()
    print(t3.get_name())

asyncio.run(main())
