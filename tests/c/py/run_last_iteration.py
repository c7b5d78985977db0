# test_loop.c: the_iteration_in_which_main_returns_runs_to_its_end
import asyncio


async def child(name):
    print(f"{name} starts")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def getter(q):
    item = await q.get()
    print(f"getter got {item}")


async def main():
    q = asyncio.Queue()
    asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    q.put_nowait("x")
    asyncio.create_task(child("t"))
    print("main returns")


asyncio.run(main())
print("run returned")
