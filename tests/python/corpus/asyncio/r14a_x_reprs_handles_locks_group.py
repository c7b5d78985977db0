# test_events/test_locks: reprs of the loop, handles of methods, partials and lambdas, a method coroutine's task, locks with waiters, a TaskGroup
import asyncio, functools, re
def clean(s): return re.sub(r' at 0x[0-9a-f]+', '', re.sub(r'/\S+/', '', s))
class Worker:
    def method(self, x): pass
    async def run(self): await asyncio.sleep(0.1)
    def __call__(self, f): pass
async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop))
    w = Worker()
    print(clean(repr(loop.call_soon(w.method, 1))))
    print(clean(repr(loop.call_soon(functools.partial(w.method, 2)))))
    print(clean(repr(loop.call_soon(lambda: None))))
    print(clean(repr(loop.call_soon(w, 3))))
    print(clean(repr(loop.call_soon(print, 'a', 'b'))))
    t = asyncio.create_task(w.run())
    await asyncio.sleep(0)
    print(clean(repr(t)))
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ts = [asyncio.create_task(sem.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(clean(repr(sem)))
    cond = asyncio.Condition()
    async def cw():
        async with cond: await cond.wait()
    c = asyncio.create_task(cw())
    await asyncio.sleep(0)
    print(clean(repr(cond)))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0.01))
        print(repr(tg))
    for x in ts + [c, t]: x.cancel()
    ev = asyncio.Event()
    e = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(clean(repr(ev)))
    e.cancel()
    f = loop.create_future()
    f.add_done_callback(w)
    f.add_done_callback(w.method)
    f.add_done_callback(functools.partial(print, 1))
    print(clean(repr(f)))
    f.cancel()
    await asyncio.sleep(0.01)
asyncio.run(main())
