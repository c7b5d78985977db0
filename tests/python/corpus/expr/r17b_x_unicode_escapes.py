# Unicode escapes a learner tries: \u, \U, \x and chr/ord, with len and repr
s = '\u03c0 \U0001F600 \x41\u00e9'
print(s, len(s), repr(s), ascii(s))
print([hex(ord(c)) for c in s])
print('\u0041\u0042' == 'AB', '\101\102', '\0' == chr(0), repr('\a\b\f\v'))
print('café'.encode(), 'naïve'.upper(), 'STRASSE'.lower(), 'ß'.upper())
print(f'{"π":^5}|', f'{"😀":>3}|', len('😀'), '😀'.encode('utf-8'))
