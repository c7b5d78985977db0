# A Future that nobody resolves: does its done-callback ever run when main returns?
import asyncio

def on_reply(fut):
    state = "cancelled" if fut.cancelled() else repr(fut.result())
    print("on_reply called:", state)

async def request(loop, answer):
    fut = loop.create_future()
    fut.add_done_callback(on_reply)
    if answer is not None:
        loop.call_later(0.01, fut.set_result, answer)
    return fut

async def main():
    loop = asyncio.get_running_loop()
    ok = await request(loop, "pong")
    print("awaited:", await ok)
    lost = await request(loop, None)
    await asyncio.sleep(0.02)
    print("lost reply done?", lost.done())
    print("main returns")

asyncio.run(main())
print("program end")
