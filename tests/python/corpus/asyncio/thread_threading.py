# threading with to_thread(): current_thread(), main_thread(), get_ident(), a Lock two threads share, an Event set by the loop.
import asyncio
import threading
import time

lock = threading.Lock()
ready = threading.Event()

def holder():
    with lock:
        print('holder has the lock', lock.locked())
        time.sleep(0.3)
        print('holder lets go')

def waiter():
    time.sleep(0.1)
    print('waiter tries', lock.acquire(blocking=False))
    with lock:
        print('waiter has the lock')
    print('waiter waits for the event')
    print('event', ready.wait(), ready.is_set())
    return threading.get_ident() != threading.main_thread().ident

async def main():
    print(threading.current_thread().name, threading.get_ident() == threading.main_thread().ident, threading.active_count())
    t1 = asyncio.create_task(asyncio.to_thread(holder))
    t2 = asyncio.create_task(asyncio.to_thread(waiter))
    await asyncio.sleep(0.6)
    print('threads', threading.active_count(), sorted(t.name for t in threading.enumerate()))
    asyncio.get_running_loop().call_soon(ready.set)
    print(await t1, await t2)
    print(ready.wait(0), lock.acquire(timeout=0.1), lock.locked())
    lock.release()

asyncio.run(main())
print(threading.active_count())
