# coroutines created and never awaited in several places: when each warning appears
import asyncio

async def work(n):
    return n

def plain():
    work(1)
    print('plain returned')

async def main():
    plain()
    print('after plain')
    c = work(2)
    print('made c')
    c = None
    print('dropped c')
    x = [work(i) for i in range(3, 5)]
    print('list made')
    del x
    print('list dropped')
    c = work(5)
    c.close()
    print('closed explicitly, no warning')

asyncio.run(main())
print('done')
