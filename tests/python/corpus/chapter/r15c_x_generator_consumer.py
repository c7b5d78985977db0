# the "standard Python coroutine" the chapter mentions: a generator that consumes data
def averager():
    total = count = 0
    average = None
    try:
        while True:
            value = yield average
            total += value
            count += 1
            average = total / count
    except GeneratorExit:
        print(f'averager closed after {count} values')

def printer(prefix):
    print(f'{prefix} ready')
    while True:
        item = yield
        print(f'{prefix}: {item!r}')

avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print(avg.send(v))
avg.close()
p = printer('log')
next(p)
p.send('worker - will take some time')
p.send(42)
try:
    p.throw(ValueError('stop printing'))
except ValueError as e:
    print('throw came back:', e)
print(p.send.__name__, type(p).__name__)
p.send('after the throw')
