# Building strings: join vs +=, repeat, centre, and a table drawn with box characters
rows = [('alpha', 3, 0.25), ('beta', 12, 1.5), ('gamma', 7, 10.125)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
print(widths)
line = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
print(line)
for r in rows:
    print('| ' + ' | '.join(str(v).ljust(w) for v, w in zip(r, widths)) + ' |')
print(line)
out = ''
for i in range(5):
    out += str(i) * i
print(out, len(out))
print('-'.join(map(str, range(5))), ', '.join(['x'] * 3))
print('=' * 10, 'end'.center(11, '~'))
print(''.join([1, 2]))
