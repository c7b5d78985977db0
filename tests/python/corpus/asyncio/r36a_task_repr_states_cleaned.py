# A task's repr through its life (the path to the script replaced), then its result in the repr
import asyncio


def show(t):
    print(repr(t).replace(__file__, "PROG"))


async def work(x):
    await asyncio.sleep(0.01)
    return {"x": x}


async def main():
    t = asyncio.create_task(work(5), name="worker-5")
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    c = asyncio.create_task(work(6), name="to-cancel")
    c.cancel()
    await asyncio.sleep(0)
    show(c)


asyncio.run(main())
