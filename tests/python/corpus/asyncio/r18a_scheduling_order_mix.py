# call_soon callbacks, new tasks' first steps and futures' wakeups, in one order
import asyncio

log = []

async def task_body(name, fut=None):
    log.append(name + ' start')
    if fut is not None:
        await fut
        log.append(name + ' woke')

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(log.append, 'cb1')
    t1 = asyncio.create_task(task_body('t1', fut))
    loop.call_soon(log.append, 'cb2')
    t2 = asyncio.create_task(task_body('t2', fut))
    await asyncio.sleep(0)
    log.append('main after first sleep(0)')
    fut.add_done_callback(lambda f: log.append('fut cb'))
    fut.set_result(None)
    loop.call_soon(log.append, 'cb3')
    t3 = asyncio.create_task(task_body('t3'))
    await asyncio.sleep(0)
    log.append('main after second sleep(0)')
    await asyncio.gather(t1, t2, t3)
    for line in log:
        print(line)

asyncio.run(main())
