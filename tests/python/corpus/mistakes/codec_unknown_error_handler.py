# an error handler's name is looked up only when an error needs it, as CPython does
for text, enc in [('abc', 'ascii'), ('é', 'ascii'), ('é', 'latin-1'), ('ā', 'latin-1'), ('ā', 'cp1252'), ('x', 'utf-16')]:
    try:
        print(repr(text.encode(enc, 'bogus')))
    except LookupError as e:
        print('LookupError:', e)
for raw, enc in [(b'abc', 'utf-8'), (b'\xff', 'utf-8'), (b'\xff', 'ascii'), (b'\x81', 'cp1252'), (b'a', 'utf-16')]:
    try:
        print(repr(raw.decode(enc, errors='strictly')))
    except LookupError as e:
        print('LookupError:', e)
print('café'.encode('ascii', 'replace'))
'café'.encode('ascii', 'ignor')
