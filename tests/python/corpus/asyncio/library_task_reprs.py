# tasks running asyncio's own coroutines, and the tasks they wait on, as
# their reprs show them (where they wait, the library's done callbacks)
import asyncio


async def f(d):
    await asyncio.sleep(d)
    return d


def s(x):
    return repr(x).replace(__file__, 'F')


async def show(label):
    await asyncio.sleep(0)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and 'show' not in s(t)]
    print(label, sorted(s(t) for t in others))


async def main():
    ts = [asyncio.create_task(f(0.1)), asyncio.create_task(f(0.2))]
    w = asyncio.create_task(asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED))
    await show('wait')
    await w
    sh = asyncio.shield(asyncio.create_task(f(0.1)))
    await show('shield')
    await sh
    wf = asyncio.create_task(asyncio.wait_for(asyncio.create_task(f(0.1)), 1))
    await show('wait_for')
    await wf
    nx = asyncio.create_task(next(asyncio.as_completed([asyncio.create_task(f(0.1))])))
    await show('as_completed')
    await nx
    q, ev, lock = asyncio.Queue(), asyncio.Event(), asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(c) for c in (q.get(), ev.wait(), lock.acquire(), asyncio.to_thread(print, 'thread'))]
    await show('primitives')
    q.put_nowait(1)
    ev.set()
    lock.release()
    await asyncio.gather(*ts)


asyncio.run(main())
