# ContextVar.set returns a Token; reset restores the old value
import asyncio
import contextvars

level = contextvars.ContextVar('level')

async def nested():
    token = level.set(level.get() + 1)
    try:
        print('nested level', level.get())
        await asyncio.sleep(0)
    finally:
        level.reset(token)

async def main():
    try:
        level.get()
    except LookupError as e:
        print('LookupError', repr(e.args[0]).split(' at ')[0])
    print(level.get(0))
    level.set(1)
    await nested()
    print('back to', level.get())
    print(repr(level.set(5).old_value))

asyncio.run(main())
