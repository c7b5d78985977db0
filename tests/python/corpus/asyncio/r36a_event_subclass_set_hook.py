# An Event subclass announcing set() and clear(); waiters wake once per set
import asyncio


class LoudEvent(asyncio.Event):
    def set(self):
        print("set() called, waiters:", len(self._waiters))
        super().set()

    def clear(self):
        print("clear() called")
        super().clear()


async def waiter(ev, name):
    await ev.wait()
    print(name, "woke")


async def main():
    ev = LoudEvent()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "ab"]
    await asyncio.sleep(0.01)
    ev.set()
    await asyncio.gather(*tasks)
    ev.clear()
    print("is_set:", ev.is_set())


asyncio.run(main())
