# asyncio functions called with wrong arguments.
import asyncio

async def job():
    return 1

async def main():
    for label, make in [("sleep no args", lambda: asyncio.sleep()),
                        ("sleep kw", lambda: asyncio.sleep(delay=0, value=1, extra=2)),
                        ("gather kw", lambda: asyncio.gather(job(), timeout=1)),
                        ("wait_for no timeout", lambda: asyncio.wait_for(job())),
                        ("create_task two", lambda: asyncio.create_task(job(), "n", None)),
                        ("Event arg", lambda: asyncio.Event(1)),
                        ("Queue bad kw", lambda: asyncio.Queue(size=3))]:
        try:
            r = make()
            print(label, "made", type(r).__name__)
            if asyncio.iscoroutine(r):
                r.close()
        except TypeError as e:
            print(label, "->", e)

asyncio.run(main())
