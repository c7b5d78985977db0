# run_forever + stop from a coroutine; stop called before run_forever; re-running
import asyncio

async def work(loop):
    for i in range(3):
        print("work", i)
        await asyncio.sleep(0.1)
    loop.stop()
    return 'finished'

loop = asyncio.new_event_loop()
task = loop.create_task(work(loop))
loop.run_forever()
print("stopped; task done:", task.done(), task.result())

loop.stop()
loop.call_soon(print, "ran in the single iteration")
loop.call_soon(lambda: loop.call_soon(print, "next iteration"))
loop.run_forever()
print("after pre-stopped run_forever")
loop.call_soon(loop.stop)
loop.run_forever()
print("is_running:", loop.is_running())
loop.close()
