# A periodic callback that reschedules itself with call_later until a counter runs out.
import asyncio

def tick(loop, remaining, done, log):
    log.append(remaining)
    print(f"tick, {remaining} left")
    if remaining == 0:
        done.set_result(len(log))
        return
    loop.call_later(0.02, tick, loop, remaining - 1, done, log)

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    log = []
    handle = loop.call_later(0.01, tick, loop, 4, done, log)
    print(type(handle).__name__)
    n = await done
    print("ran", n, "times:", log)
    h2 = loop.call_later(10, print, "never")
    h2.cancel()
    print("cancelled:", h2.cancelled())

asyncio.run(main())
