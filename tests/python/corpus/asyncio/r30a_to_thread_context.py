# asyncio.to_thread carries the current ContextVar values into the worker thread
import asyncio
import contextvars
import threading

user = contextvars.ContextVar("user")

def whoami(greeting):
    return f"{greeting}, {user.get()} (main thread: {threading.current_thread() is threading.main_thread()})"

async def main():
    user.set("ada")
    print(await asyncio.to_thread(whoami, "hello"))
    user.set("grace")
    print(await asyncio.to_thread(whoami, greeting="hi"))
    print(whoami("direct"))

asyncio.run(main())
