# A task cancelled before it ever runs never executes a single line of its body
import asyncio

async def body(log):
    log.append("started")
    await asyncio.sleep(0)
    log.append("finished")

async def main():
    log = []
    t = asyncio.create_task(body(log))
    print(t.cancel(), t.cancel(), t.cancelling())
    await asyncio.sleep(0)
    print(t.cancelled(), log)
    print(t.cancel(), t.cancelling())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", repr(e))

asyncio.run(main())
