# Done callbacks run in the order added, each once per registration, and after the awaiter?
import asyncio

log = []

def cb(tag):
    def inner(fut):
        log.append(f"{tag}:{fut.result()}")
    return inner

async def job():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    t = asyncio.create_task(job())
    first = cb("first")
    t.add_done_callback(first)
    t.add_done_callback(cb("second"))
    t.add_done_callback(first)
    print("removed", t.remove_done_callback(first))
    t.add_done_callback(cb("third"))
    await t
    log.append("main resumed")
    await asyncio.sleep(0)
    print(log)
    t.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print(log[-1])

asyncio.run(main())
