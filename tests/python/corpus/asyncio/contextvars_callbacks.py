# Callbacks run in a copy of the context taken when they were scheduled, or
# in the context given: call_soon, call_later, call_at, done callbacks
import asyncio
import contextvars

tag = contextvars.ContextVar('tag', default='untagged')


def report(label):
    print(f'{label}: {tag.get()}')
    tag.set(f'changed by {label}')


async def main():
    loop = asyncio.get_running_loop()
    tag.set('when scheduled')
    loop.call_soon(report, 'call_soon')
    loop.call_later(0.1, report, 'call_later')
    loop.call_at(loop.time() + 0.2, report, 'call_at')
    tag.set('after scheduling')
    await asyncio.sleep(0.3)
    print('main after callbacks:', tag.get())
    mine = contextvars.Context()
    mine.run(tag.set, 'in my context')
    loop.call_soon(report, 'given context', context=mine)
    await asyncio.sleep(0)
    print('my context now:', mine[tag])
    loop.call_later(0.1, report, 'given context again', context=mine)
    await asyncio.sleep(0.2)
    print('my context now:', mine[tag])
    fut = loop.create_future()
    tag.set('when the callback was added')
    fut.add_done_callback(lambda f: report(f'done callback of {f.result()}'))
    fut.add_done_callback(lambda f: report('done callback, given context'), context=mine)
    tag.set('when the future is done')
    fut.set_result(42)
    await asyncio.sleep(0)
    print('main:', tag.get(), '| mine:', mine[tag])
    task = asyncio.create_task(asyncio.sleep(0, 'slept'))
    task.add_done_callback(lambda t: report(f'task done: {t.result()}'))
    tag.set('while the task runs')
    await task
    await asyncio.sleep(0)
    h = loop.call_soon(report, 'cancelled')
    h.cancel()
    loop.call_soon_threadsafe(report, 'call_soon_threadsafe')
    await asyncio.sleep(0)
    print('main at the end:', tag.get())


asyncio.run(main())
