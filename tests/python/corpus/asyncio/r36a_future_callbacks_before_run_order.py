# Done callbacks on a future resolved before the loop runs fire in order once it runs
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
for i in range(3):
    fut.add_done_callback(lambda f, i=i: print("callback", i, f.result()))
fut.set_result("value")
print("set; nothing printed yet")
fut.add_done_callback(lambda f: print("added after done"))
loop.call_soon(print, "plain call_soon")
loop.run_until_complete(asyncio.sleep(0))
print("removed:", fut.remove_done_callback(print))
loop.close()
