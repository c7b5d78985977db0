# call_at schedules on the loop's clock; TimerHandle.when() gives it back.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    now = loop.time()
    h1 = loop.call_at(now + 0.1, fired.append, 'h1')
    h2 = loop.call_later(0.05, fired.append, 'h2')
    print(h1.when() == now + 0.1)
    print(h2.when() >= now + 0.05)
    print(type(h1).__name__, type(loop.call_soon(fired.append, 's')).__name__)
    await asyncio.sleep(0.2)
    print(fired)
    print(loop.time() >= now + 0.2)

asyncio.run(main())
# (end of the program)
