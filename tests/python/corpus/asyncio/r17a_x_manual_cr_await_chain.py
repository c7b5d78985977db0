# cr_await follows the chain of awaits of a coroutine suspended by hand
import types

@types.coroutine
def pause():
    yield

async def leaf():
    await pause()

async def middle():
    await leaf()

async def top():
    await middle()

c = top()
print(c.cr_await)
c.send(None)
link = c.cr_await
names = []
while link is not None:
    names.append(link.__name__)
    link = getattr(link, 'cr_await', None) or getattr(link, 'gi_yieldfrom', None)
print(names)
c.close()
print(c.cr_await)
