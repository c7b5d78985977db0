# generators beyond the tutorial: send, throw, close, return value in StopIteration
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total / count
g = averager()
print(next(g), g.send(10), g.send(20), g.send(6))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('cleanup')
g = gen()
print(next(g), g.throw(ValueError('boom')))
g.close()
g = gen(); next(g); g.close(); print('closed', g.gi_frame is None)
def inner():
    x = yield 'a'
    yield f'inner got {x}'
    return 'inner done'
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send('X'), next(o))
g = gen()
next(g)
g.throw(KeyError('k'))
