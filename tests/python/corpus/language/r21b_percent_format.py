# tutorial 7.1.4: old %-formatting, and its mistakes
import math
print('The value of pi is approximately %5.3f.' % math.pi)
print('%s has %d items costing %.2f' % ('cart', 3, 9.5))
print('%-6s|%6s|%06d|%+d|%x|%X|%o|%e|%g|%%' % ('ab', 'cd', 42, 7, 255, 255, 8, 12345.678, 0.00001))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%r %a %c %c' % ('x', 'é', 65, 'z'))
print('%5.1f%%' % 99.44, '%.3s' % 'abcdef', '%*d' % (5, 3), '%-*d|' % (4, 2))
print('%s' % (1, 2) if False else '%s' % ((1, 2),))
print('%d' % 3.99, '%i' % -2, '%u' % 7)
for bad in [lambda: '%d %d' % (1,), lambda: '%d' % (1, 2), lambda: '%d' % 'x',
            lambda: '%z' % 1, lambda: '%(a)s' % {'b': 1}]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print('value: %s' % None, 'list: %s' % [1, 2])
print('%.2f' % '3.14')
