# ContextVar.set returns a Token; reset() restores the old value, and tasks get a copy of the context
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")

async def show(label):
    await asyncio.sleep(0.01)
    print(f"{label}: {user.get()}")

async def as_admin():
    token = user.set("admin")
    try:
        await show("inside as_admin")
        child = asyncio.create_task(show("child task"))
    finally:
        user.reset(token)
    await child
    await show("after reset")
    try:
        user.reset(token)
    except RuntimeError as e:
        print("RuntimeError, used once:", "has already been used once" in str(e))

async def main():
    await show("start")
    await as_admin()
    ctx = contextvars.copy_context()
    ctx.run(user.set, "guest")
    print("ctx has:", ctx[user], "| outside:", user.get())
    print(token_info(user.set("x")))

def token_info(tok):
    return f"{tok.var.name} old={tok.old_value is contextvars.Token.MISSING}"

asyncio.run(main())
