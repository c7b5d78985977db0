# A learner exploring a task's private state after the 34.5 listing, then a typo: task.state.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def fails():
    raise ValueError('no')

async def main():
    t = asyncio.create_task(worker())
    print(t._state, t._result, t._exception, t._must_cancel, t._fut_waiter)
    print(t._callbacks, t._source_traceback, t._cancel_message, t._log_destroy_pending)
    await t
    print(t._state, t._result, t._exception, t._coro is t.get_coro(), t._loop is asyncio.get_running_loop())
    f = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(f._state, repr(f._exception), f._result, f._log_traceback)
    f._log_traceback = False
    print(f._log_traceback, f._asyncio_future_blocking)
    c = asyncio.create_task(worker())
    await asyncio.sleep(0)
    c.cancel('stop')
    print(c._state, c._must_cancel, c._cancel_message)
    await asyncio.sleep(0)
    print(c._state, c._result, c._exception)
    print(asyncio.Task[int], asyncio.Future[str], asyncio.Queue[int], asyncio.PriorityQueue[tuple])
    names = [n for n in dir(t) if n.startswith('_') and not n.startswith('__')]
    print(names)
    try:
        f._log_traceback = True
    except ValueError as e:
        print(e)
    print(t.state)

asyncio.run(main())
