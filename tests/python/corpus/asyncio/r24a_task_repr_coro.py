import asyncio

def show(obj):
    return repr(obj).replace(__file__, "FILE")

async def sleeper():
    await asyncio.sleep(0.3)

async def main():
    t = asyncio.create_task(sleeper(), name="sleepy")
    print(show(t))
    await asyncio.sleep(0.01)
    r = show(t)
    print(r[:r.index(" wait_for=")] if " wait_for=" in r else r)
    print("wait_for=<Future pending" in r)
    await t
    print(show(t))
    me = asyncio.current_task()
    print(show(me).split(" cb=")[0])

asyncio.run(main())
