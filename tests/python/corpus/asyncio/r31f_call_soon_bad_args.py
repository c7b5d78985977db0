# Mistakes with call_soon / call_later: coroutines and non-callables
import asyncio

async def job():
    print("job ran")

async def main():
    loop = asyncio.get_running_loop()
    for bad in (job, job(), 42):
        try:
            loop.call_soon(bad)
        except TypeError as e:
            print("call_soon:", str(e).split(" at 0x")[0])
    loop.call_later(-5, print, "negative delay runs soon")
    loop.call_at(loop.time() - 1, print, "past deadline runs too")
    await asyncio.sleep(0.01)
    h = loop.call_later(0.01, print, "never")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0.02)

asyncio.run(main())
