# Done callbacks run in registration order, via call_soon, after the awaiting code?
import asyncio

order = []

async def job():
    await asyncio.sleep(0.01)
    order.append("job body end")
    return "r"

async def main():
    t = asyncio.create_task(job())
    for tag in ("cb1", "cb2", "cb3"):
        t.add_done_callback(lambda fut, tag=tag: order.append(f"{tag}:{fut.result()}"))
    removed = t.remove_done_callback(print)
    await t
    order.append("await returned")
    await asyncio.sleep(0)
    print(order)
    print("removed", removed)
    t.add_done_callback(lambda f: order.append("late cb"))
    await asyncio.sleep(0)
    print(order[-1])

asyncio.run(main())
