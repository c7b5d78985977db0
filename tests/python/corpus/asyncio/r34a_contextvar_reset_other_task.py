# Resetting a ContextVar token inside a different task fails: tokens belong to their Context
import asyncio
import contextvars

request = contextvars.ContextVar("request")


async def resetter(token):
    try:
        request.reset(token)
    except ValueError as e:
        print("ValueError: ...", " ".join(str(e).split()[-5:]))
    print("child sees", request.get())


async def main():
    token = request.set("req-1")
    print("token var:", token.var.name, "old:", token.old_value is contextvars.Token.MISSING)
    await asyncio.create_task(resetter(token))
    request.reset(token)
    print("main after reset:", request.get("unset"))
    try:
        request.reset(token)
    except RuntimeError as e:
        print("RuntimeError: ...", " ".join(str(e).split()[-5:]))


asyncio.run(main())
