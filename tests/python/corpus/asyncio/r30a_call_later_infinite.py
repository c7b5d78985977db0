# call_later with an infinite delay never fires; sleep with a huge delay can be cancelled
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(float("inf"), print, "never")
    print(h.when() == float("inf"))
    t = asyncio.create_task(asyncio.sleep(1e9))
    await asyncio.sleep(0.01)
    t.cancel()
    print(await asyncio.gather(t, return_exceptions=True))
    h.cancel()
    try:
        loop.call_later(float("nan"), print)
    except ValueError as e:
        print("ValueError:", e)
    print("done")

asyncio.run(main())
