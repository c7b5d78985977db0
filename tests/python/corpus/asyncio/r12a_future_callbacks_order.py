# test_futures: test_callbacks_invoked_on_set_result and remove_done_callback counts
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    bag = []
    f = loop.create_future()
    def cb(tag):
        return lambda fut: bag.append((tag, fut.result()))
    c1, c2, c3 = cb("a"), cb("b"), cb("c")
    f.add_done_callback(c1)
    f.add_done_callback(c2)
    f.add_done_callback(c3)
    f.add_done_callback(c1)
    print("removed:", f.remove_done_callback(c1))
    print("removed again:", f.remove_done_callback(c1))
    f.set_result(7)
    print("right after set_result:", bag)
    await asyncio.sleep(0)
    print("after one loop step:", bag)
    f.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print("late callback:", bag[-1])

asyncio.run(main())
