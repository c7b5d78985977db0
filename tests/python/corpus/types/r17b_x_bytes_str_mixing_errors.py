# Mixing str and bytes: the TypeErrors a learner meets, each caught, then one uncaught
data = b'name=ann;age=31'
def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)

attempt('split str sep ', lambda: data.split(';'))
attempt('split bytes   ', lambda: data.split(b';'))
attempt('startswith str', lambda: data.startswith('name'))
attempt('find str      ', lambda: data.find('='))
attempt('find int      ', lambda: data.find(61))
attempt('join str items', lambda: b','.join(['a', 'b']))
attempt('str + bytes   ', lambda: 'x' + data)
attempt('bytes + str   ', lambda: data + 'x')
attempt('in str        ', lambda: 'ann' in data)
attempt('index missing ', lambda: data.index(b'zzz'))
attempt('replace str   ', lambda: data.replace('ann', 'bob'))
attempt('decode + split', lambda: data.decode().split(';'))
print(data.strip('n'))
