# A traffic light state machine driven by asyncio.Event and an Enum, with a watcher task
import asyncio
from enum import Enum

class Light(Enum):
    RED = ("stop", 0.2)
    GREEN = ("go", 0.3)
    YELLOW = ("slow", 0.1)
    def __init__(self, action, seconds):
        self.action = action
        self.seconds = seconds
    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]

async def controller(state, changed, cycles):
    for _ in range(cycles):
        await asyncio.sleep(state["light"].seconds)
        state["light"] = state["light"].next()
        changed.set()
    state["done"] = True
    changed.set()

async def watcher(state, changed):
    seen = []
    while not state.get("done"):
        await changed.wait()
        changed.clear()
        if not state.get("done"):
            seen.append(f"{state['light'].name}:{state['light'].action}")
    return seen

async def main():
    state = {"light": Light.RED}
    changed = asyncio.Event()
    _, seen = await asyncio.gather(controller(state, changed, 4), watcher(state, changed))
    print(seen, state["light"], changed.is_set())

asyncio.run(main())
