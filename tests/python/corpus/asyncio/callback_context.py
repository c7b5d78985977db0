# Inside a loop callback there is no current task, but get_running_loop() works.
import asyncio

def callback(tag):
    loop = asyncio.get_running_loop()
    print(tag, '| current task:', asyncio.current_task(), '| loop running:', loop.is_running())

async def main():
    loop = asyncio.get_running_loop()
    print('in main:', asyncio.current_task().get_name())
    loop.call_soon(callback, 'soon')
    loop.call_later(0.15, callback, 'later')  # 0.14 s after the done callback
    task = asyncio.create_task(asyncio.sleep(0.01))
    task.add_done_callback(lambda t: callback('done callback'))
    await asyncio.sleep(0.2)
    print('same loop object:', asyncio.get_running_loop() is loop)

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('outside a loop:', e)
