# %-formatting of numbers, strings, reprs and dicts
print('%d workers, %s done, %.2f%%' % (3, 'all', 99.5))
print('%5d|%-5d|%05d|%+d' % (42, 42, 42, 42))
print('%8.3f|%-8.2e|%g|%g' % (3.14159, 31415.9, 0.00001234, 1234567.0))
print('%s %r %a' % ('café', 'café', 'café'))
print('%x %X %o %#x %c' % (255, 255, 8, 255, 65))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%*d|%-*s|' % (6, 7, 4, 'ab'))
print('%s' % [1, 2], '%s' % ((1, 2),))
print('%d%%' % 50)
try:
    print('%d %d' % (1,))
except TypeError as e:
    print('TypeError:', e)
print('%d' % 'x')
