# asyncio.create_task from a callback (call_soon, call_later, a task's
# done callback): the loop runs though no task does, so the task is made
# (it was "RuntimeError: no running event loop" before); asyncio.run
# there is refused as the loop runs.
import asyncio

async def later(tag):
    await asyncio.sleep(0.01)
    print('later', tag, asyncio.current_task().get_name())
    return tag

made = []

def cb_soon():
    made.append(asyncio.create_task(later('from call_soon')))
    try:
        asyncio.run(first())
    except RuntimeError as e:
        print('RuntimeError:', e)

def on_done(t):
    print('done callback for', t.result())
    made.append(asyncio.create_task(later('from done callback'), name='from-cb'))
    made.append(asyncio.ensure_future(later('ensure_future')))

async def first():
    return 'first'

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb_soon)
    loop.call_later(0.02, lambda: made.append(loop.create_task(later('from call_later'))))
    t = asyncio.create_task(first())
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0.1)
    print(sorted(x.result() for x in made))

asyncio.run(main())
try:
    asyncio.create_task(later('outside'))
except RuntimeError as e:
    print('RuntimeError:', e)
