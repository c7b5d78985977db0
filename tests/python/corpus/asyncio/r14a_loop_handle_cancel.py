# test_events: a cancelled Handle and TimerHandle never run; cancelled() reports it
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    h1 = loop.call_soon(out.append, 'soon')
    h2 = loop.call_later(0.05, out.append, 'later')
    h3 = loop.call_soon(out.append, 'kept')
    print(h1.cancelled(), h2.cancelled())
    h1.cancel()
    h2.cancel()
    h2.cancel()
    print(h1.cancelled(), h2.cancelled(), h3.cancelled())
    await asyncio.sleep(0.1)
    print(out)

asyncio.run(main())
