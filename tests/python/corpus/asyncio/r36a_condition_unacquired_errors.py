# Condition methods used without holding its lock, and two conditions sharing one Lock
import asyncio


async def main():
    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    for name, call in [("notify", lambda: c1.notify()), ("notify_all", lambda: c1.notify_all())]:
        try:
            call()
        except RuntimeError as e:
            print(name, "RuntimeError:", e)
    async with c1:
        print("c2 locked too:", c2.locked(), lock.locked())
    try:
        await c1.wait()
    except RuntimeError as e:
        print("wait RuntimeError:", e)
    c1.release()


asyncio.run(main())
