# Condition.notify without holding the lock raises; two Conditions sharing one Lock
import asyncio


async def main():
    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    try:
        c1.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with c1:
        print("c2 sees locked:", c2.locked(), "lock locked:", lock.locked())
    order = []

    async def waiter(cond, name):
        async with cond:
            await cond.wait()
            order.append(name)

    ws = [asyncio.create_task(waiter(c, n)) for c, n in [(c1, "w1"), (c2, "w2"), (c1, "w3")]]
    await asyncio.sleep(0)
    async with c1:
        c1.notify_all()
    await asyncio.sleep(0.01)
    print("woken by c1:", order)
    async with c2:
        c2.notify()
    await asyncio.gather(*ws)
    print("all:", order)
    await c1.wait()


asyncio.run(main())
