# Futures and callbacks prepared on a new loop before it runs, then resolved once it does
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.add_done_callback(lambda f: print("callback saw", f.result()))
loop.call_later(0.02, fut.set_result, 99)
print("done before run:", fut.done(), "loop running:", loop.is_running())


async def main():
    value = await fut
    print("main got", value, "same loop:", asyncio.get_running_loop() is loop)
    return value + 1


task = loop.create_task(main())
print("task name:", task.get_name(), "done:", task.done())
print("result:", loop.run_until_complete(task))
loop.close()
