# main crashes while a hand-made Future with a done-callback is still pending.
import asyncio

def on_done(fut):
    print("callback sees cancelled:", fut.cancelled())
    fut.result()

async def main():
    loop = asyncio.get_running_loop()
    reply = loop.create_future()
    reply.add_done_callback(on_done)
    loop.call_later(5, reply.set_result, "too late")
    await asyncio.sleep(0.01)
    config = {"port": "80"}
    return int(config["host"])

asyncio.run(main())
