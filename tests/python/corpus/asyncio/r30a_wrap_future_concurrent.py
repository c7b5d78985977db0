# concurrent.futures.Future wrapped with asyncio.wrap_future and completed from a thread
import asyncio
import concurrent.futures
import threading

def complete_later(cf):
    cf.set_result("from the thread")

async def main():
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(type(af).__name__, af.done())
    th = threading.Thread(target=complete_later, args=(cf,))
    th.start()
    print(await af)
    th.join()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        f = pool.submit(pow, 3, 4)
        print(await asyncio.wrap_future(f))
    print(asyncio.isfuture(cf), asyncio.isfuture(af))

asyncio.run(main())
