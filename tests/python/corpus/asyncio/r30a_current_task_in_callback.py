# current_task() is None inside plain callbacks; all_tasks() shrinks as tasks finish
import asyncio

def cb(label):
    print(label, "current_task:", asyncio.current_task())

async def short(n):
    await asyncio.sleep(0.01 * n)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "soon")
    ts = [asyncio.create_task(short(n), name=f"s{n}") for n in (1, 5)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await ts[0]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await ts[1]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    ts[0].add_done_callback(lambda t: cb("done-callback"))
    await asyncio.sleep(0)
    print(asyncio.current_task(loop) is asyncio.current_task())

asyncio.run(main())
