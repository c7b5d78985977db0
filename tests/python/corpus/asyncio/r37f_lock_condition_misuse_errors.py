# Errors from misusing locks by hand: release an unlocked Lock, notify without holding the Condition's lock
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("Lock:", e)
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    cond = asyncio.Condition()
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print(f"{call.__name__}:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    shared = asyncio.Lock()
    c1, c2 = asyncio.Condition(shared), asyncio.Condition(shared)
    async with c1:
        print("c2 sees it locked:", c2.locked())
    ev = asyncio.Event()
    print("event wait with timeout 0:", await asyncio.wait([asyncio.create_task(ev.wait())], timeout=0) and "returned")
    sem = asyncio.Semaphore(1)
    sem.release()
    print("semaphore value after extra release:", sem._value)

asyncio.run(main())
