# test_queue.c: a_getter_cancelled_after_being_woken_loses_no_item
#               a_putter_cancelled_after_being_woken_passes_its_turn_on
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
    except asyncio.CancelledError:
        print(f"{name} cancelled, size {q.qsize()}")
        raise
    print(f"{name} got {item}")


async def putter(name, q, item):
    try:
        await q.put(item)
    except asyncio.CancelledError:
        print(f"{name} cancelled, full {q.full()}")
        raise
    print(f"{name} put {item}")


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("A", q))
    b = asyncio.create_task(getter("B", q))
    await asyncio.sleep(0)
    q.put_nowait("x")
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(f"size {q.qsize()}")
    q = asyncio.Queue(1)
    q.put_nowait("first")
    c = asyncio.create_task(putter("C", q, "c"))
    d = asyncio.create_task(putter("D", q, "d"))
    await asyncio.sleep(0)
    print(f"took {q.get_nowait()}")
    c.cancel()
    await asyncio.gather(c, d, return_exceptions=True)
    print(f"now holds {q.get_nowait()}")
    e = asyncio.create_task(getter("E", q))
    f = asyncio.create_task(getter("F", q))
    await asyncio.sleep(0)
    e.cancel()
    await asyncio.sleep(0)
    q.put_nowait("y")
    await asyncio.gather(e, f, return_exceptions=True)


asyncio.run(main())
