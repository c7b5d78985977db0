# Debugging by peeking at private attributes people print: _state, _result, _waiters, _ready...
import asyncio


def peek(obj, *names):
    out = []
    for n in names:
        v = getattr(obj, n, "<missing>")
        if isinstance(v, (list, set, tuple)) or type(v).__name__ == "deque":
            v = f"{type(v).__name__} of {len(v)}"
        elif v is not None and not isinstance(v, (str, int, float, bool, BaseException)):
            v = type(v).__name__
        out.append(f"{n}={v!r}" if isinstance(v, BaseException) else f"{n}={v}")
    print(type(obj).__name__ + ":", ", ".join(out))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    peek(fut, "_state", "_result", "_exception", "_loop")
    fut.set_result(5)
    peek(fut, "_state", "_result")
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    peek(t, "_state", "_must_cancel", "_fut_waiter", "_coro")
    t.cancel()
    peek(t, "_state", "_must_cancel")
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    peek(lock, "_locked", "_waiters")
    lock.release()
    await w
    ev = asyncio.Event()
    peek(ev, "_value", "_waiters")
    q = asyncio.Queue(3)
    q.put_nowait(1)
    peek(q, "_maxsize", "_queue", "_unfinished_tasks", "_getters", "_putters")
    loop.call_later(5, print)
    peek(loop, "_ready", "_scheduled", "_stopping", "_closed", "_asyncgens", "_debug")
    await asyncio.sleep(0)


asyncio.run(main())
