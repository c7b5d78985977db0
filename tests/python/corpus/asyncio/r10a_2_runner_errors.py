import asyncio

async def work():
    return 'w'

def plain():
    return 'p'

with asyncio.Runner() as r:
    try:
        r.run(plain())
    except ValueError as e:
        print('ValueError:', e)
    print(r.run(work()))
    try:
        r.run(work)
    except ValueError as e:
        print('ValueError:', str(e).split(' at ')[0])
try:
    r.run(work())
except RuntimeError as e:
    print('RuntimeError:', e)
r2 = asyncio.Runner(debug=True)
print(r2.get_loop().get_debug())
r2.close()
r2.close()
print('closed twice fine')
