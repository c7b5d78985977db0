# and/or short-circuiting shown with functions that print when they are called
def check(name, result):
    print(f'  checking {name}')
    return result

print('and:', check('a', False) and check('b', True))
print('or:', check('a', True) or check('b', False))
print('both:', check('a', 0) or check('b', '') or check('c', 'x'))
print('not:', not check('n', []))
value = None
print(value and value.upper())
name = ''
print(name or 'anonymous')
print(1 if check('cond', 3 > 2) else 2)
print(any(check(str(i), i > 1) for i in range(5)))
print(all(check(str(i), i < 2) for i in range(5)))
