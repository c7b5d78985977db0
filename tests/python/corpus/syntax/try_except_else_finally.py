# try / except / else / finally, with "as", tuples of types and the order they run in.
def attempt(x):
    try:
        print('  trying', x)
        result = 10 // x
    except ZeroDivisionError as e:
        print('  caught:', e)
        return 'zero'
    except (TypeError, ValueError) as e:
        print('  caught', type(e).__name__ + ':', e)
        return 'bad type'
    else:
        print('  no exception, result', result)
        return result
    finally:
        print('  finally for', repr(x))

for arg in (2, 0, 'a'):
    print('->', attempt(arg))

def finally_wins():
    try:
        return 'from try'
    finally:
        print('finally runs before the return completes')

print(finally_wins())

try:
    int('forty-two')
except Exception as err:
    print(type(err).__name__, err.args)
print('err is gone:', 'err' not in globals())

try:
    try:
        [][1]
    finally:
        print('inner finally')
except IndexError as e:
    print('outer caught', e)
