# remove_done_callback returns how many registrations it removed
import asyncio

def note(f):
    print("note called")

def other(f):
    print("other called")

async def main():
    fut = asyncio.get_running_loop().create_future()
    for cb in (note, other, note, note):
        fut.add_done_callback(cb)
    print("removed:", fut.remove_done_callback(note))
    print("removed again:", fut.remove_done_callback(note))
    fut.set_result(None)
    await asyncio.sleep(0)

asyncio.run(main())
