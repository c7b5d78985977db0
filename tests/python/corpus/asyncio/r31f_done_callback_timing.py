# Done callbacks run via call_soon, after the awaiting task resumes or before?
import asyncio

order = []

async def quick():
    order.append("quick body")
    return 1

async def main():
    t = asyncio.create_task(quick())
    t.add_done_callback(lambda _: order.append("callback 1"))
    t.add_done_callback(lambda _: order.append("callback 2"))
    order.append("before await")
    await t
    order.append("after await")
    t.add_done_callback(lambda _: order.append("late callback"))
    order.append("added late")
    await asyncio.sleep(0)
    order.append("after sleep(0)")
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: order.append(f"fut cb {f.result()}"))
    fut.set_result(7)
    order.append("set_result returned")
    await asyncio.sleep(0)
    print("\n".join(order))

asyncio.run(main())
