# finally with return swallowing an exception, and the order of prints through nested try blocks
def risky(n):
    try:
        print(f'  try {n}')
        if n == 0:
            raise ValueError('zero')
        return 10 / n
    except ValueError as e:
        print(f'  except {e}')
        return -1
    finally:
        print(f'  finally {n}')

def swallow():
    try:
        raise RuntimeError('lost')
    finally:
        return 'finally wins'

for n in (2, 0):
    print(n, '->', risky(n))
print(swallow())
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError as e:
    print('outer caught', e)
risky('x')
