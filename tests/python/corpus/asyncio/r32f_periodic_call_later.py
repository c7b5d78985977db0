# A periodic callback rescheduling itself with loop.call_later, stopped after 4 runs
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    count = 0

    def tick():
        nonlocal count
        count += 1
        print("tick", count)
        if count == 4:
            done.set_result(count)
        else:
            loop.call_later(0.02, tick)

    loop.call_later(0.02, tick)
    print("result:", await done)
    h = loop.call_later(10, print, "never")
    print("cancelled before?", h.cancelled())
    h.cancel()
    print("cancelled after?", h.cancelled())

asyncio.run(main())
