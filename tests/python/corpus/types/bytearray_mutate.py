# bytearray edited in place: items, slices (extended too), del, the list-like methods, += and *=
b = bytearray(b'hello world')
b[0] = ord('H')
b[-5:] = b'there'
print(b, len(b))
b[5:6] = b', dear '
b[:0] = [62, 32]
print(b)
del b[0]
del b[:1]
del b[-6:]
print(b)
b[::2] = b'x' * len(b[::2])
print(b)
del b[::3]
print(b, b.pop(), b.pop(0), b)
b.append(33); b.insert(0, 63); b.insert(-1, 45); b.extend(b'!!'); b.extend([46, 46]); b.extend(x for x in b'?')
print(b)
b.remove(ord('!')); b.reverse()
print(b, b.count(b'.'), b.index(b'-'))
alias = b
b += b'++'
b *= 2
print(alias is b, b)
c = b.copy(); c.clear(); print(c, len(b))
b = bytearray(b'abcdef')
b[1:3] = b''; b[::-1] = b'WXYZ'; print(b)
b[10:] = range(3); print(b)
for stmt in ['b[0] = 256', 'b[0] = "A"', 'b[9] = 1', 'b[1:2] = 5', 'b[1:2] = "ab"', 'b[::2] = b"x"', 'b[::0] = b""',
             'del b[99]', 'b.append(-1)', 'b.append("a")', 'b.extend(7)', 'b.extend([1, 2, 999])', 'b.insert("0", 1)',
             'bytearray().pop()', 'b.pop(50)', 'b.remove(0x7a)', 'b += "str"', 'b *= 1.5', 'b + 1', 'b += b']:
    try:
        exec(stmt)
        print(stmt, '->', b)
    except Exception as e:
        print(stmt, '->', type(e).__name__ + ':', e)
print(b)
