# asyncio.Runner: run() with context=, a loop_factory, and debug mode read back
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anon")

async def whoami():
    await asyncio.sleep(0)
    return user.get()

async def set_user(name):
    user.set(name)
    return user.get()

made = []
def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop

ctx = contextvars.copy_context()
with asyncio.Runner(debug=True, loop_factory=factory) as runner:
    print(runner.run(set_user("bob"), context=ctx))
    print(runner.run(whoami(), context=ctx))
    print(runner.run(whoami()))
    print("debug:", runner.get_loop().get_debug(), "factory used:", made == [runner.get_loop()])
print("outside:", user.get(), "ctx:", ctx[user])
