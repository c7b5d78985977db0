# Periodic callback with loop.call_later that reschedules itself and resolves a Future after 5 runs
import asyncio

def tick(loop, fut, state):
    state["n"] += 1
    print(f"tick {state['n']}")
    if state["n"] == 5:
        fut.set_result(state["n"])
        return
    state["handle"] = loop.call_later(0.02, tick, loop, fut, state)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    state = {"n": 0}
    state["handle"] = loop.call_later(0.02, tick, loop, fut, state)
    print("waiting, done?", fut.done())
    n = await fut
    print("finished after", n, "ticks; handle cancelled?", state["handle"].cancelled())
    h = loop.call_later(1, print, "never printed")
    h.cancel()
    print("second handle cancelled?", h.cancelled())

asyncio.run(main())
