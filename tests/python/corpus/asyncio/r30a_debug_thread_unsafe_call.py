# Debug mode catches call_soon from another thread: use call_soon_threadsafe instead
import asyncio
import threading

def from_thread(loop, out):
    try:
        loop.call_soon(print, "wrong way")
    except RuntimeError as e:
        out.append(str(e))
    loop.call_soon_threadsafe(print, "right way")

async def main():
    loop = asyncio.get_running_loop()
    out = []
    th = threading.Thread(target=from_thread, args=(loop, out))
    th.start()
    th.join()
    await asyncio.sleep(0.01)
    print(out)

asyncio.run(main(), debug=True)
