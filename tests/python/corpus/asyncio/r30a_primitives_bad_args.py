# Constructing synchronisation primitives with bad arguments
import asyncio

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

async def main():
    attempt("Semaphore(-1)", lambda: asyncio.Semaphore(-1))
    attempt("Semaphore(0)", lambda: asyncio.Semaphore(0))
    attempt("Barrier(0)", lambda: asyncio.Barrier(0))
    attempt("Lock(loop=...)", lambda: asyncio.Lock(loop=asyncio.get_running_loop()))
    attempt("Queue(-1)", lambda: asyncio.Queue(-1))
    attempt("Condition(lock=1)", lambda: asyncio.Condition(1))
    attempt("Event(1)", lambda: asyncio.Event(1))
    attempt("Queue(maxsize='3')", lambda: asyncio.Queue(maxsize="3").full())

asyncio.run(main())
