# threading.Event and asyncio.Event used the same way
import asyncio, threading, time
tev = threading.Event()
def t_setter():
    time.sleep(0.1); tev.set()
threading.Thread(target=t_setter).start()
print("thread event:", tev.wait(1))
async def main():
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.1); ev.set()
    task = asyncio.create_task(setter())
    print("asyncio event:", await ev.wait())
    try:
        await asyncio.wait_for(asyncio.Event().wait(), 0.1)
    except asyncio.TimeoutError:
        print("asyncio wait timed out")
    await task
asyncio.run(main())
print(asyncio.Event().is_set(), threading.Event().is_set())
