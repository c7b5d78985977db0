# threading.local is shared by asyncio tasks; contextvars are per task
import asyncio, threading, contextvars
local = threading.local()
var = contextvars.ContextVar("var", default="unset")
async def task(name, delay):
    local.name = name
    var.set(name)
    await asyncio.sleep(delay)
    print(name, "sees local:", local.name, "var:", var.get())
async def main():
    await asyncio.gather(task("a", 0.2), task("b", 0.1))
    print("main var:", var.get())
asyncio.run(main())
