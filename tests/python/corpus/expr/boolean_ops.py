# and / or return an operand and short-circuit; not; conditional expressions.
print(0 or 'default', 'value' or 'default', None or [] or 0, 1 and 2, 0 and 1/0, '' and 'x')
print(not 0, not 'a', not [], True and not False)

def side(tag, result):
    print('  side', tag)
    return result

print('first:', side('a', False) and side('b', True))
print('second:', side('c', True) or side('d', True))
print('third:', side('e', 0) or side('f', '') or side('g', 'last'))

name = ''
print(name or 'anonymous')
for n in range(-1, 3):
    print(n, 'positive' if n > 0 else 'zero' if n == 0 else 'negative')
print([x if x % 2 else -x for x in range(5)])
print(all([]), any([]), all([1, 'a']), any([0, '', None]), bool(0.0), bool('False'))
print(True & False, True | False, True ^ True, int(True), str(False), True + 0.5)
