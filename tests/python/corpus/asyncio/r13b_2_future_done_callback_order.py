import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print("callback", i, f.result()))
    loop.call_soon(print, "call_soon before result")
    fut.set_result("value")
    loop.call_soon(print, "call_soon after result")
    print("set_result returned")
    await asyncio.sleep(0)
    print("after one turn")
    fut.add_done_callback(lambda f: print("late callback"))
    await asyncio.sleep(0)

asyncio.run(main())
