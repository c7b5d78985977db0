# test_events: call_soon callbacks run in FIFO order, with their arguments, after the current step
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    for i in range(5):
        loop.call_soon(out.append, i)
    loop.call_soon(lambda *a: out.append(a), 'x', 'y')
    out.append('before await')
    await asyncio.sleep(0)
    print(out)

asyncio.run(main())
