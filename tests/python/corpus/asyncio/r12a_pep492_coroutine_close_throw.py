# test_pep492: a coroutine driven by hand (send/throw/close), RuntimeError on reuse
import asyncio

async def coro():
    try:
        await asyncio.sleep(0)
        return "finished"
    except ValueError:
        return "handled ValueError"

c = coro()
print(c.send(None) is None)
try:
    c.throw(ValueError)
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = coro()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c2.cr_frame, c2.cr_running)
