# An event emitter whose listeners may be plain functions or coroutine functions (inspect decides)
import asyncio
import inspect
from collections import defaultdict

class Emitter:
    def __init__(self):
        self.listeners = defaultdict(list)

    def on(self, event):
        def register(fn):
            self.listeners[event].append(fn)
            return fn
        return register

    async def emit(self, event, *args):
        results = []
        for fn in self.listeners[event]:
            if inspect.iscoroutinefunction(fn):
                results.append(await fn(*args))
            else:
                results.append(fn(*args))
        return results

bus = Emitter()

@bus.on("signup")
def send_welcome(user):
    return f"welcome mail to {user}"

@bus.on("signup")
async def create_profile(user):
    await asyncio.sleep(0.01)
    return f"profile for {user}"

@bus.on("signup")
async def bad_listener(user):
    return user.nonexistent

async def main():
    print(await bus.emit("nothing", 1))
    print(await bus.emit("signup", "ada"))

asyncio.run(main())
