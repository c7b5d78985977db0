# await inside match subjects and case guards in an async command dispatcher
import asyncio

ALLOWED = {"alice"}


async def is_allowed(user):
    await asyncio.sleep(0)
    return user in ALLOWED


async def next_command(cmds):
    await asyncio.sleep(0)
    return cmds.pop(0)


async def dispatch(cmds):
    out = []
    while cmds:
        match await next_command(cmds):
            case ("delete", user, path) if await is_allowed(user):
                out.append(f"{user} deleted {path}")
            case ("delete", user, _):
                out.append(f"{user} may not delete")
            case ("echo", *words):
                out.append(" ".join(words))
            case {"ping": n} if n > 0:
                out.append("pong" * n)
            case other:
                out.append(f"unknown {other!r}")
    return out


cmds = [("delete", "alice", "/tmp/x"), ("delete", "bob", "/etc"), ("echo", "a", "b"), {"ping": 2}, 42]
for line in asyncio.run(dispatch(cmds)):
    print(line)
