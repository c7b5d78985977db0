# A tour of asyncio's error messages for common misuses, each caught and printed
import asyncio

async def coro_fn():
    return 1

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
        return r
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

async def main():
    loop = asyncio.get_running_loop()
    attempt("Semaphore(-1)", lambda: asyncio.Semaphore(-1))
    attempt("Barrier(0)", lambda: asyncio.Barrier(0))
    attempt("Lock().release()", lambda: asyncio.Lock().release())
    attempt("Condition().notify()", lambda: asyncio.Condition().notify())
    attempt("call_later('1', print)", lambda: loop.call_later("1", print))
    coro = await attempt("run_in_executor(coro_fn)", lambda: loop.run_in_executor(None, coro_fn))
    print("the executor returned a", type(coro).__name__, "->", await coro)
    q = asyncio.Queue("3")
    attempt("Queue('3').put_nowait", lambda: q.put_nowait(1))
    try:
        await asyncio.wait([asyncio.create_task(coro_fn())], return_when="SOMETIMES")
    except ValueError as e:
        print("wait(return_when=...) -> ValueError:", e)
    attempt("Event().set() twice", lambda: (ev := asyncio.Event(), ev.set(), ev.set()))
    attempt("Queue().task_done()", lambda: asyncio.Queue().task_done())

asyncio.run(main())
