# Runner.close() twice is fine; run() after close fails; get_loop() after close too.
import asyncio

async def hello():
    return 'hi'

r = asyncio.Runner()
print(r.run(hello()))
r.close()
r.close()
for f in (lambda: r.run(hello()), r.get_loop):
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError:', e)
