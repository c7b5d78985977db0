# traceback.extract_stack() filtered to this file, from a task, a done callback and a call_later callback
import asyncio
import traceback


def here(label):
    names = [fs.name for fs in traceback.extract_stack() if fs.filename == __file__]
    print(f"{label:14} {names}")


async def child():
    here("child task")


def on_done(fut):
    here("done callback")


async def main():
    here("main")
    t = asyncio.create_task(child())
    t.add_done_callback(on_done)
    await t
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, here, "call_later")
    await asyncio.sleep(0.02)
    await asyncio.to_thread(here, "thread")


asyncio.run(main())
here("module")
