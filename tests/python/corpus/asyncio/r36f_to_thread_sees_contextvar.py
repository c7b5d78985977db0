# asyncio.to_thread copies the current context, so the thread sees the request's ContextVar.
import asyncio
import contextvars
import time

rid = contextvars.ContextVar("rid")

def blocking_log(msg):
    time.sleep(0.01)
    return f"[{rid.get('none')}] {msg}"

async def handle(n):
    rid.set(f"r{n}")
    return await asyncio.to_thread(blocking_log, f"handled {n}")

async def main():
    for line in await asyncio.gather(*(handle(n) for n in range(3))):
        print(line)
    loop = asyncio.get_running_loop()
    rid.set("main")
    print(await loop.run_in_executor(None, blocking_log, "executor does not copy"))

asyncio.run(main())
