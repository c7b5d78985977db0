# run_forever stopped by a callback, then resumed: pending timers and tasks carry on where they were
import asyncio

loop = asyncio.new_event_loop()
log = []


async def ticker():
    for i in range(4):
        log.append(f"tick {i}")
        await asyncio.sleep(0.1)
    return "ticker done"


task = loop.create_task(ticker())
loop.call_later(0.05, loop.stop)
loop.run_forever()
print("first stop:", log, task.done())
loop.call_later(0.6, loop.stop)
loop.run_forever()
print("second stop:", log, task.result())
print(loop.is_running(), loop.is_closed())
loop.close()
loop.run_forever()
