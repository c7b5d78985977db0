# %-formatting: s, r, d, i, f, e, g, x, o, c, %, widths, flags, and a dict of names.
print('%s is %d years old' % ('Ada', 36))
print('%r %s %a' % ('x', 'x', 'é'))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%.2f|%8.3f|%-8.1f|%e|%.2E|%g|%G' % (3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e-10, 1e20))
print('%x %X %o %#x %#o %c %c' % (255, 255, 8, 255, 8, 65, 'z'))
print('%d%%' % 50, '%s' % [1, 2], '%s' % (1,), '%s' % ((1, 2),))
print('%(name)s has %(count)03d items' % {'name': 'cart', 'count': 7})
print('%*d|%-*s|%.*f' % (6, 1, 4, 'ab', 2, 2.71828))
print('%i %d %d' % (3.99, True, -0.0))
print('%s' % None, '%r' % None, '%.3s' % 'abcdef', '%10.2s|' % 'xyz')
try:
    print('%d' % 'text')
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s %s' % ('one',))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s' % (1, 2))
except TypeError as e:
    print('TypeError:', e)
